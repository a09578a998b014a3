import { windowsCrashFix } from './windows-crash-fix.js';
import { replacedInAnswer } from './windows-ascii.js';
import { describeChar } from './describe-char.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

// The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): Python's decoder raises on them. All five
// lie in 0x80-0xBF, so in UTF-8 they can only be continuation bytes, 0x80 plus one 6-bit group of the code point.
const undefinedGroups = new Set([0x01, 0x0d, 0x0f, 0x10, 0x1d]);

/** Whether Python reading this code point's UTF-8 bytes as cp1252 raises UnicodeDecodeError. */
const crashes = (cp: number): boolean => {
  const continuations = cp < 0x80 ? 0 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  for (let i = 0; i < continuations; i++) if (undefinedGroups.has((cp >> (6 * i)) & 0x3f)) return true;
  return false;
};

const listed = (numbers: number[]): string =>
  numbers.length === 1
    ? `line ${numbers[0]}`
    : `lines ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;

/**
 * Characters that make report.py crash on Windows, which opens the file with the locale encoding (cp1252): one lint
 * for the whole report, on the first such line, listing every line and character, and saying when `fix --windows`
 * removes them all.
 */
const check: LintRule['check'] = ({ report, lineOf, spans, nonAscii }) => {
  const lines: number[] = [];
  const bad = new Set<string>();
  const { text } = report;
  const offsets: number[] = [];
  for (const { at, cp } of nonAscii()) {
    if (!crashes(cp)) continue;
    const line = lineOf(at);
    if (lines.at(-1) !== line) lines.push(line);
    bad.add(String.fromCodePoint(cp));
    offsets.push(at);
  }
  const first = lines[0];
  if (first === undefined) return [];
  const question = report.questions.filter((q) => q.line <= first).at(-1)?.number ?? null;
  // Promise the fix only when it removes every one of them: each is a character it replaces, in an answer (the
  // fix's stand-ins are ASCII and never move a figure, so its guard recount always keeps them; see windowsAscii).
  // Asked of each one here, not by running the fix, which cost a twentieth of checking 1,000 reports.
  const fixed = offsets.every((at) => {
    const span = spans.find((s) => s !== null && s.start <= at && at < s.end);
    return span !== undefined && span !== null && replacedInAnswer(text, at, span.start);
  });
  const lint: Lint = {
    rule: 'windows-crash',
    question: lines.length === 1 ? question : null,
    line: first,
    message:
      `${[...bad].map(describeChar).join(', ')} on ${listed(lines)}: on Windows, report.py reads the file as ` +
      'cp1252 and stops with a UnicodeDecodeError on the first, checking nothing. Remove or replace them if anyone ' +
      `runs report.py on Windows${fixed ? ' (report-wizard fix --windows does)' : ''}.`,
  };
  return [lint];
};

/** The `windows-crash` rule (see `check` above). */
export const windowsCrashRule: LintRule = {
  id: 'windows-crash',
  scope: 'report',
  fixable: 'fix --windows',
  description: 'characters that make report.py crash on Windows (it reads the file as cp1252)',
  remedy: 'ASCII quotes and dashes (`fix --windows`)',
  check,
  fix: windowsCrashFix,
};
