import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('windowsCrashRule', () => {
  it('should flag characters cp1252 cannot decode once, on their line', () => {
    const text = answeredReport({ 3: 'We liked it \u{1F601} a lot \u{1F601}, and it was \u201Dfast\u201D.' });
    const line = lineOfText(text, 'We liked it');
    expect(lintsOf(text, 'windows-crash')).toEqual([
      {
        rule: 'windows-crash',
        question: 3,
        line,
        message:
          `"\u{1F601}" (U+1F601), "\u201D" (U+201D) on line ${line}: on Windows, report.py reads the file as cp1252 ` +
          'and stops with a UnicodeDecodeError on the first, checking nothing. Remove or replace them if anyone runs ' +
          'report.py on Windows.',
      },
    ]);
  });

  it('should list every line in one lint for the whole report', () => {
    const text = answeredReport({ 3: 'Quokka \u{1F601}.', 5: 'Wombat \u201D.', 7: 'Echidna \u{1F601}.' });
    const lines = ['Quokka', 'Wombat', 'Echidna'].map((t) => lineOfText(text, t));
    expect(lintsOf(text, 'windows-crash')).toEqual([
      {
        rule: 'windows-crash',
        question: null,
        line: lines[0],
        message:
          `"\u{1F601}" (U+1F601), "\u201D" (U+201D) on lines ${lines[0]}, ${lines[1]} and ${lines[2]}: on Windows, ` +
          'report.py reads the file as cp1252 and stops with a UnicodeDecodeError on the first, checking nothing. ' +
          'Remove or replace them if anyone runs report.py on Windows.',
      },
    ]);
  });

  it('should let characters cp1252 can decode pass', () => {
    expect(
      lintsOf(answeredReport({ 3: 'Caf\u00e9 na\u00efve \u201Cquoted\u2019' }), 'windows-crash'),
    ).toEqual([]);
  });
});

describe('nonAsciiSpaceRule', () => {
  it('should tell how many words report.py on Windows would count', () => {
    const text = answeredReport({ 4: 'We\u2009pinned\u2009every version.' });
    const line = lineOfText(text, 'We\u2009pinned');
    expect(lintsOf(text, 'non-ascii-space')).toEqual([
      {
        rule: 'non-ascii-space',
        question: 4,
        line,
        message:
          `Question 4's answer has 2 non-ASCII spaces (thin space U+2009) from line ${line}: report.py run on ` +
          'Windows reads the file as cp1252, where they stop separating words: it counts 2 words instead of 4. ' +
          'Replace them with ordinary spaces (report-wizard fix does).',
      },
    ]);
  });

  it('should still flag a no-break space, which keeps the count', () => {
    const text = answeredReport({ 5: 'Ten\u00a0words.' });
    expect(lintsOf(text, 'non-ascii-space').map((l) => l.message)).toEqual([
      `Question 5's answer has a non-ASCII space (no-break space U+00A0) on line ${lineOfText(text, 'Ten')}: ` +
        'report.py run on Windows reads the file as cp1252, which turns it into other characters (the word count ' +
        'happens to stay 2). Replace it with ordinary space (report-wizard fix does).',
    ]);
  });
});
