import { checkReport } from '../check-report.js';
import { answerSpans } from './answer-spans.js';
import type { ReportStructure, Span } from '../model.js';

// Typographic characters and their ASCII stand-ins: each keeps its side of report.py's word split (a space for a
// space, a mark for a mark), so no count moves. U+201D and U+2010 crash report.py on Windows (byte 0x9D, 0x90).
const ascii: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
};
/** Whether `windowsAscii` has an ASCII stand-in for this character (it may still keep one, as a line-start dash). */
export const hasAsciiStandIn = (char: string): boolean => Object.hasOwn(ascii, char);

const typographic = new RegExp(`[${Object.keys(ascii).join('')}]`, 'g');
const anyTypographic = new RegExp(typographic.source);
/** Whether only spaces, tabs and `>` stand between `at` and the start of its line in `text` (or `from`). */
const startsLine = (text: string, at: number, from: number): boolean => {
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '>') return false;
  }
  return true;
};

/**
 * Whether `windowsAscii` replaces the character at `at` of `text` in the answer that starts at `answerStart`: it has a
 * stand-in, and is not a dash starting a line (in ASCII it would become a list item or a heading underline).
 */
export const replacedInAnswer = (text: string, at: number, answerStart: number): boolean => {
  const char = text[at]!;
  return hasAsciiStandIn(char) && !(ascii[char] === '-' && startsLine(text, at, answerStart));
};

/** One answer's replacements, for the message. */
export interface WindowsAsciiChange {
  question: number;
  quotes: number;
  dashes: number;
  spaces: number;
}

/** What a caller computed already (the answers' spans), and whether to check the counts. */
export interface WindowsAsciiInputs {
  spans?: readonly (Span | null)[];
  /**
   * Whether to count the result again and keep it only if every figure stays (default true: a write's guard). Each
   * stand-in keeps its side of report.py's split and pattern, one code point for one, so no figure can move (a
   * property test checks it unguarded); a lint that only asks what the fix would leave may skip the recount.
   */
  verify?: boolean;
}

/**
 * The report with curly quotes, dashes and no-break spaces in its answers replaced by ASCII, so report.py on Windows
 * (cp1252) reads them without crashing or splitting words differently; nothing outside the answers changes. Kept only
 * if report.py's figures (UTF-8) stay the same for every answer, as checkReport computes them before and after.
 */
export const windowsAscii = (
  report: ReportStructure,
  inputs: WindowsAsciiInputs = {},
): { text: string; changes: WindowsAsciiChange[] } => {
  const { text } = report;
  if (!anyTypographic.test(text)) return { text, changes: [] };
  const changes: WindowsAsciiChange[] = [];
  let out = '';
  let from = 0;
  (inputs.spans ?? answerSpans(report)).forEach((span, i) => {
    if (!span) return;
    const change = { question: report.questions[i]!.number, quotes: 0, dashes: 0, spaces: 0 };
    const answer = text
      .slice(span.start, span.end)
      .replace(typographic, (char, at: number, whole: string) => {
        if (!replacedInAnswer(whole, at, 0)) return char;
        const replacement = ascii[char]!;
        if (replacement === ' ') change.spaces++;
        else if (replacement === '-') change.dashes++;
        else change.quotes++;
        return replacement;
      });
    if (change.quotes + change.dashes + change.spaces === 0) return;
    out += text.slice(from, span.start) + answer;
    from = span.end;
    changes.push(change);
  });
  if (changes.length === 0) return { text, changes };
  out += text.slice(from);
  if (inputs.verify === false) return { text: out, changes };
  const before = checkReport(text);
  const after = checkReport(out);
  const same =
    before.fatal === after.fatal &&
    before.questions.length === after.questions.length &&
    before.questions.every(
      (q, k) => q.words === after.questions[k]!.words && q.images === after.questions[k]!.images,
    );
  return same ? { text: out, changes } : { text, changes: [] };
};
