import { splitLines } from '../split-lines.js';
import { describeChar } from './describe-char.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

// The five bytes cp1252 leaves undefined: Python's decoder raises on them.
const undefinedInCp1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const encoder = new TextEncoder();

/** Whether Python reading this character's UTF-8 bytes as cp1252 raises UnicodeDecodeError. */
const crashes = (char: string): boolean =>
  [...encoder.encode(char)].some((byte) => undefinedInCp1252.has(byte));

/**
 * Characters that make report.py crash on Windows, which opens the file with the locale encoding (cp1252): one
 * lint per line that has any.
 */
export const windowsCrashRule: LintRule = ({ report }) => {
  const lints: Lint[] = [];
  for (const line of splitLines(report.text)) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\u0000-\u007f]/.test(line.content)) continue;
    const bad = [...new Set([...line.content].filter(crashes))];
    if (bad.length === 0) continue;
    const question = report.questions.filter((q) => q.line <= line.number).at(-1)?.number ?? null;
    lints.push({
      rule: 'windows-crash',
      question,
      line: line.number,
      message:
        `Line ${line.number} has ${bad.map(describeChar).join(', ')}: on Windows, report.py reads the file as ` +
        'cp1252 and stops with a UnicodeDecodeError on it, checking nothing. Remove or replace it if anyone ' +
        'runs report.py on Windows.',
    });
  }
  return lints;
};
