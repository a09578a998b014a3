import { lineIndex } from '../report/line-index.js';
import { splitLines } from '../report/split-lines.js';
import type { ReportDoc } from '../report/answer/report-doc.js';

const cache = new WeakMap<ReportDoc, Map<number, string | null>>();

/**
 * Each question's section (by heading number) as the wizard shows it: the last `##` heading above the question
 * that is not inside an answer. A `## Details` a student wrote in an answer is that answer's text, not a section.
 */
export const questionSections = (doc: ReportDoc): Map<number, string | null> => {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  const { report, spans } = doc;
  const lineOf = lineIndex(splitLines(doc.text));
  // Lines [first, end) of every answer: a heading on one of them belongs to the answer.
  const answers = spans.flatMap((span) =>
    span === null || span.end <= span.start ? [] : [[lineOf(span.start), lineOf(span.end)] as const],
  );
  const sections = report.sections.filter(
    (section) => !answers.some(([first, end]) => section.line > first && section.line < end),
  );
  const shown = new Map(
    report.questions.map(
      (q) => [q.number, sections.findLast((s) => s.line < q.line)?.title ?? null] as const,
    ),
  );
  cache.set(doc, shown);
  return shown;
};
