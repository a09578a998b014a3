import { lineIndex } from '../report/line-index.js';
import { splitLines } from '../report/split-lines.js';
import type { ReportDoc } from '../report/answer/report-doc.js';

const cache = new WeakMap<ReportDoc, Map<number, string | null>>();

// A section heading is followed by blank lines and the template's quoted introduction up to the next heading.
const introOnly = (lines: readonly { content: string }[], headingIndex: number): boolean => {
  for (let i = headingIndex + 1; i < lines.length; i++) {
    const content = lines[i]!.content.trim();
    if (content.startsWith('#')) return true;
    if (content !== '' && !content.startsWith('>')) return false;
  }
  return true;
};

/**
 * Each question's section (by heading number) as the wizard shows it: the last `##` heading above the question
 * that is not inside an answer. A `## Details` a student wrote in an answer, with the answer's text under it, is
 * that answer's text, not a section; a section heading (the template's, or a renamed one) has only its quoted
 * introduction under it.
 */
export const questionSections = (doc: ReportDoc): Map<number, string | null> => {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  const { report, spans } = doc;
  const lines = splitLines(doc.text);
  const lineOf = lineIndex(lines);
  // Lines [first, end) of every answer: a heading on one of them belongs to the answer.
  const answers = spans.flatMap((span) =>
    span === null || span.end <= span.start ? [] : [[lineOf(span.start), lineOf(span.end)] as const],
  );
  const sections = report.sections.filter(
    (section) =>
      introOnly(lines, section.line - 1) ||
      !answers.some(([first, end]) => section.line > first && section.line < end),
  );
  const shown = new Map(
    report.questions.map(
      (q) => [q.number, sections.findLast((s) => s.line < q.line)?.title ?? null] as const,
    ),
  );
  cache.set(doc, shown);
  return shown;
};
