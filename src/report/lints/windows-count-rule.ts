import { questionOfSlice } from '../answer/question-of-slice.js';
import { windowsCountFix } from './windows-count-fix.js';
import { checkReport } from '../check-report.js';
import { describeConstraint } from '../describe-constraint.js';
import { plural } from '../plural.js';
import { pythonWhitespace } from '../python-whitespace.js';
import { windowsText } from '../windows-text.js';
import { describeChar } from './describe-char.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';
import { nonAsciiSpace } from './non-ascii-space.js';
import type { NonAsciiChar } from './non-ascii-chars.js';

const space = new RegExp(`[${pythonWhitespace}]`);
const oneNonAscii = /[^\u0000-\u007f]/gu; // eslint-disable-line no-control-regex -- all but ASCII

/** Whether a character separates words differently once its UTF-8 bytes are read as cp1252. */
const changesSplit = (char: string): boolean => space.test(char) !== space.test(windowsText(char) ?? char);

/** Whether a non-ASCII code point is Python whitespace, or one of its UTF-8 bytes is 0xA0 (a 6-bit group of 0x20). */
const mayCountDifferently = (cp: number): boolean =>
  (cp & 0x3f) === 0x20 ||
  (cp >= 0x800 && ((cp >> 6) & 0x3f) === 0x20) ||
  (cp >= 0x10000 && ((cp >> 12) & 0x3f) === 0x20) ||
  space.test(String.fromCodePoint(cp));

/**
 * Whether some character could count differently on Windows: one that is whitespace, or whose UTF-8 bytes hold 0xA0,
 * which cp1252 reads as a no-break space. Any other character stays word characters, so every count stays: no
 * recount needed. Only the non-ASCII characters are looked at, as the context found them for both Windows rules (a
 * third of the time of searching for the spaces and encoding the text, over 1,000 reports).
 */
const mayChangeCounts = (chars: readonly NonAsciiChar[]): boolean =>
  chars.some(({ cp }) => mayCountDifferently(cp));

/** What a character does to the words on Windows, for the message. */
const effect = (char: string): string =>
  space.test(char)
    ? `${describeChar(char)} stops separating words`
    : `${describeChar(char)} splits a word (one of its bytes reads as a no-break space)`;

/**
 * Answers report.py counts differently on Windows, where it reads the UTF-8 file as cp1252: the same split and count
 * run on the text as Python decodes it there, one lint per question whose figure changes, naming the characters. The
 * claim: `counted` is report.py's figure (UTF-8), `windows` the one on Windows; replacing the named characters with
 * ASCII makes them equal.
 */
const check: LintRule['check'] = ({ report, spans, slices, checker, lineOf, check: here, nonAscii }) => {
  // The slices follow today's algorithm only; the 43-character cut of older versions would shift them.
  if (checker.algorithm !== 'current' || !mayChangeCounts(nonAscii())) return [];
  const windows = windowsText(report.text);
  // Unchanged text counts the same; undecodable text crashes, which the windows-crash rule tells about.
  if (windows === null || windows === report.text) return [];
  const there = checkReport(windows, { checker: checker.version });
  if (here.fatal !== null || there.fatal !== null) return [];
  const lints: Lint[] = [];
  here.questions.forEach((mine, i) => {
    const theirs = there.questions[i]!;
    const slice = slices[i];
    if (theirs.words === mine.words || slice === undefined) return;
    // The question whose answer holds the slice: a stray "Answer:" can start it inside the answer.
    const question = questionOfSlice(report.questions, spans, slice);
    const culprits = new Map<string, number>();
    for (const m of report.text.slice(slice.start, slice.end).matchAll(oneNonAscii)) {
      if (!culprits.has(m[0]) && changesSplit(m[0])) culprits.set(m[0], lineOf(slice.start + m.index));
    }
    const first = Math.min(...culprits.values());
    const n = question?.number ?? mine.position;
    const verdict =
      theirs.passed === mine.passed
        ? ''
        : theirs.passed
          ? ' (it passes there)'
          : ` (so it fails there: expected ${describeConstraint(mine.constraint)})`;
    const onlySpaces = [...culprits.keys()].every((c) => c.match(nonAsciiSpace) !== null);
    lints.push({
      rule: 'windows-count',
      question: question?.number ?? null,
      line: Number.isFinite(first) ? first : lineOf(slice.start),
      claim: {
        answer: mine.position,
        counted: { words: mine.words, images: mine.images },
        windows: { words: theirs.words, images: theirs.images },
      },
      message:
        `Question ${n}: report.py run on Windows reads the file as cp1252 and counts ${plural(theirs.words, 'word')}, ` +
        `not ${mine.words}${verdict}: ${[...culprits].map(([c, line]) => `${effect(c)} (line ${line})`).join('; ')}. ` +
        `Replace ${culprits.size === 1 ? 'it' : 'them'} with plain ASCII` +
        `${onlySpaces ? ' (report-wizard fix replaces the spaces)' : ''}.`,
    });
  });
  return lints;
};

/** The `windows-count` rule (see `check` above). */
export const windowsCountRule: LintRule = {
  id: 'windows-count',
  scope: 'report',
  fixable: 'fix',
  description: 'answers report.py counts differently on Windows (non-ASCII spaces)',
  remedy: 'ordinary spaces (`fix`)',
  check,
  fix: windowsCountFix,
};
