import { isUnanswered } from './answer/is-unanswered.js';
import { wholeAnswer } from './answer/whole-answer.js';
import { plural } from './plural.js';
import { countWords } from './count-words.js';
import { fixRender } from './fix-render.js';
import { answerSpans } from './lints/answer-spans.js';
import { nonAsciiSpace } from './lints/non-ascii-space.js';
import type { Question, Report, Span } from './model.js';
import { parseReport } from './parse-report.js';
import { placeholderPattern } from './placeholder.js';
import { windowsAscii } from './windows-ascii.js';

/** One repair `fixReport` made. */
export interface Fix {
  /**
   * The lint rule it answers: `placeholder`, `inline-answer`, `windows-count`, `render-list`, `render-code` or
   * `windows-crash` (`windows`: typographic characters made ASCII).
   */
  rule: string;
  question: number;
  message: string;
}

const placeholder = new RegExp(placeholderPattern, 'gi');
const placeholderLine = new RegExp(String.raw`^[ 	]*${placeholderPattern}[ 	]*$`, 'i');
const placeholderAtStart = new RegExp(String.raw`^[ \t]*${placeholderPattern}`, 'i');
const placeholderInLine = new RegExp(String.raw`[ 	]*${placeholderPattern}`, 'gi');
const lineBreak = /(?:\r\n|\r|\n)$/;

/** The lines of a text, each with its line break (the last one may have none). */
const linesOf = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
const isBlank = (line: string): boolean => line.trim() === '';

/**
 * Moves text typed after `> Answer:` (and the quote lines continuing it) below the quote, after a blank line.
 * The region starts right after `Answer:`, so its first line is what was typed on the marker line.
 */
const moveInline = (region: string, eol: string): string => {
  const lines = linesOf(region);
  const first = lines[0] ?? '';
  let next = 1;
  const typed = [first.trim()];
  while (next < lines.length && lines[next]!.startsWith('>')) {
    typed.push(lines[next]!.replace(lineBreak, '').replace(/^>[ \t]?/, ''));
    next++;
  }
  while (typed.length > 1 && isBlank(typed[typed.length - 1]!)) typed.pop();
  const body = typed.join(eol);
  const rest = lines.slice(next).join('');
  const firstBreak = lineBreak.exec(first)?.[0] ?? '';
  // At the end of a file without a final line break, keep it without one.
  if (rest === '' && firstBreak === '') return `${eol}${eol}${body}`;
  const gap = rest === '' || /^[ \t]*(?:\r\n|\r|\n)/.test(rest) ? '' : eol;
  return `${firstBreak || eol}${eol}${body}${eol}${gap}${rest}`;
};

/** Removes placeholders from an answer region, with the blank line that came with a placeholder line. */
const removePlaceholders = (region: string): string => {
  const lines = linesOf(region);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = line.replace(lineBreak, '');
    // Line 0 is the rest of the `Answer:` line: never dropped, so the marker keeps its line break.
    if (i > 0 && placeholderLine.test(content)) {
      if (content.length === line.length) {
        // The file ends with the placeholder and no line break: end it after the answer the same way.
        while (out.length > 1 && isBlank(out[out.length - 1]!)) out.pop();
        if (out.length > 1) out[out.length - 1] = out[out.length - 1]!.replace(lineBreak, '');
      } else if (i + 1 < lines.length && isBlank(lines[i + 1]!)) i++;
      continue;
    }
    const startsWithPlaceholder = placeholderAtStart.test(content);
    let kept = content.replace(placeholderInLine, '');
    if (startsWithPlaceholder) kept = kept.replace(/^[ \t]+/, '');
    out.push(kept + line.slice(content.length));
  }
  return out.join('');
};

/** The repaired region of one question and what was done to it. */
const fixRegion = (
  report: Report,
  question: Question,
  spans: readonly (Span | null)[],
): { region: string; fixes: Fix[] } => {
  const n = question.number;
  const fixes: Fix[] = [];
  let region = report.text.slice(question.region.start, question.region.end);
  if (question.markerInQuote && question.inlineAnswer !== null) {
    region = moveInline(region, report.eol);
    fixes.push({
      rule: 'inline-answer',
      question: n,
      message: `Moved question ${n}'s answer from the "> Answer:" line to below the quote.`,
    });
  }
  const placeholders = [...region.matchAll(placeholder)].map((m) => m[0]);
  // Judged on the whole answer: text below a `####` sub-heading is an answer beside the placeholder too.
  if (placeholders.length > 0 && !isUnanswered(wholeAnswer(report, question, spans))) {
    region = removePlaceholders(region);
    for (const p of placeholders) {
      fixes.push({
        rule: 'placeholder',
        question: n,
        message: `Removed the placeholder "${p}" from question ${n} (report.py counted its ${countWords(p)} words).`,
      });
    }
  }
  const spaces = region.match(nonAsciiSpace)?.length ?? 0;
  if (spaces > 0) {
    region = region.replace(nonAsciiSpace, ' ');
    fixes.push({
      rule: 'windows-count',
      question: n,
      message: `Replaced ${plural(spaces, 'non-ASCII space')} in question ${n}'s answer with ordinary spaces.`,
    });
  }
  return { region, fixes };
};

/**
 * Repairs what needs no judgement, inside answer regions only: removes placeholders next to an answer, moves
 * answers typed on the `> Answer:` line below the quote, turns non-ASCII spaces into ordinary ones. Every byte
 * outside the repaired regions stays, line endings and BOM included; running it again changes nothing. Then it repairs
 * the safe render lints (`fixRender`; fenced code only with `code`), and with `windows` makes curly quotes, dashes and
 * no-break spaces in answers ASCII (`windowsAscii`, which keeps report.py's counts). (It edits regions directly rather
 * than through `setAnswer`, which re-frames the whole answer.)
 */
export const fixReport = (
  report: Report,
  options: { code?: boolean; windows?: boolean } = {},
): { text: string; fixes: Fix[] } => {
  let text = report.text;
  const fixes: Fix[] = [];
  const spans = answerSpans(report);
  const edits = report.questions
    .filter((q) => q.answerMarker !== null && q.region.end >= q.region.start)
    .map((q) => ({ question: q, ...fixRegion(report, q, spans) }));
  // Right to left, so earlier offsets stay valid.
  for (const edit of [...edits].sort((a, b) => b.question.region.start - a.question.region.start)) {
    const { start, end } = edit.question.region;
    text = text.slice(0, start) + edit.region + text.slice(end);
  }
  for (const edit of edits) fixes.push(...edit.fixes);
  // Then the render repairs, on the text as repaired so far.
  const rendered = fixRender(text === report.text ? report : parseReport(text), options.code ?? false);
  fixes.push(...rendered.fixes);
  if (!options.windows) return { text: rendered.text, fixes };
  const windows = windowsAscii(rendered.text === report.text ? report : parseReport(rendered.text));
  for (const { question, quotes, dashes, spaces } of windows.changes) {
    const what = [
      quotes > 0 ? plural(quotes, 'curly quote') : '',
      dashes > 0 ? `${dashes} dash${dashes === 1 ? '' : 'es'}` : '',
      spaces > 0 ? plural(spaces, 'no-break space') : '',
    ].filter(Boolean);
    fixes.push({
      rule: 'windows-crash',
      question,
      message:
        `Replaced ${what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)!}` : what[0]!} in question ` +
        `${question}'s answer with ASCII, as report.py on Windows reads them differently; its counts stay the same.`,
    });
  }
  return { text: windows.text, fixes };
};
