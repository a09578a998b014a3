import { type BlockLine, blockLine } from '../markdown/block-line.js';
import { type OpenFence, nextFence } from '../markdown/next-fence.js';
import type { ReportStructure, Span } from '../model.js';
import { lineIndexAt } from '../line-index.js';
import { parseHeading, questionNumber } from '../parse-heading.js';
import { answerMarker } from '../report-py-slices.js';
import { type Line, splitLines } from '../split-lines.js';
import { templateSections } from './template-sections.js';

/**
 * Each question's answer as the student meant it (null without `Answer:`): from the marker to the next question's
 * heading, a template section heading, or the quote of a further `> Answer:` (a deleted heading), whichever comes
 * first. Unlike the parsed region it runs on past sub-headings, so lints can tell what report.py cuts off. After the
 * last question it stops at the first `#`/`##` heading: anything below is not part of the answer. Inside fenced code
 * (a `# comment` in a bash block) only a question's heading ends it: the parse ends the answer there whatever it sits
 * in, and one answer must never swallow the next. A fence still open there (or at the end) ends the answer at the
 * first template section heading inside it: an unclosed fence must not carry the answer over a section of the
 * template, which a rewrite of the answer would then delete. `blocks`, the lines as the block scanner classified
 * them, saves classifying them again.
 */
export const answerSpans = (
  report: ReportStructure,
  lines: readonly Line[] = splitLines(report.text),
  blocks?: readonly BlockLine[],
): (Span | null)[] => {
  const { text } = report;
  return report.questions.map((question) => {
    if (question.answerMarker === null) return null;
    const start = question.answerMarker.end;
    const isLast = !report.questions.some((q) => q.heading.start > start);
    let quoteStart: number | null = null;
    let fence: OpenFence | null = null;
    // The first template section heading inside the open fence: where the answer ends if the fence never closes.
    let sectionInFence: number | null = null;
    // Lines before the marker are skipped: a scan from the top for each question is quadratic.
    const lo = lineIndexAt(lines, start) + 1;
    for (let i = lo; i < lines.length; i++) {
      const line = lines[i]!;
      const content = line.content;
      const inFence = fence !== null;
      fence = nextFence(fence, blocks?.[i] ?? blockLine(line));
      if (fence === null) sectionInFence = null;
      if (inFence || fence !== null) {
        // A fence line or code: nothing in it is a heading or a quote, unless it is a question's heading.
        quoteStart = null;
        const heading = parseHeading(content);
        if (heading !== null && heading.level >= 2 && questionNumber(heading.title) !== null)
          return { start, end: sectionInFence ?? line.start };
        if (heading?.level === 2 && templateSections.has(heading.title.toLowerCase()))
          sectionInFence ??= line.start;
        continue;
      }
      if (!content.startsWith('>')) quoteStart = null;
      else {
        quoteStart ??= line.start;
        if (content.includes(answerMarker)) return { start, end: quoteStart };
      }
      const heading = parseHeading(content);
      if (heading === null) continue;
      if (heading.level === 1 || (heading.level >= 2 && questionNumber(heading.title) !== null)) {
        return { start, end: line.start };
      }
      if (heading.level === 2 && (isLast || templateSections.has(heading.title.toLowerCase()))) {
        return { start, end: line.start };
      }
    }
    return { start, end: sectionInFence ?? text.length };
  });
};
