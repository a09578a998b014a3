import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/report/check-report.js';
import { windowsText } from '../../../src/report/windows-text.js';
import { windowsAscii } from '../../../src/report/lints/windows-ascii.js';
import { parseReport } from '../../../src/report/parse-report.js';
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

  it('should promise fix --windows when it removes every such character', () => {
    const text = answeredReport({ 3: 'It was \u201Dfast\u201D \u2010 really.' });
    expect(lintsOf(text, 'windows-crash').map((l) => l.message.slice(-71))).toEqual([
      'if anyone runs report.py on Windows (report-wizard fix --windows does).',
    ]);
  });

  it('should promise fix --windows exactly when what the fix writes decodes as cp1252, wherever the characters are', () => {
    // Crashing characters with a stand-in (U+201D, U+2010), one without (U+00C1), at line starts, in and out of answers.
    const piece = fc.constantFrom('\u201D', '\u2010', '\u00C1', '\u201C', 'word', ' ', '\n', '\n- ', '> ');
    const answer = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(answer, answer, fc.constantFrom('', '\u201D', '\n\u2010 x\n'), (a3, a5, outside) => {
        const text = answeredReport({ 3: `x ${a3}`, 5: `y ${a5}` }).replace(
          '### Question 1',
          `${outside}\n### Question 1`,
        );
        const lints = lintsOf(text, 'windows-crash');
        const fixed = windowsText(windowsAscii(parseReport(text), { verify: false }).text) !== null;
        expect(lints.map((l) => l.message.endsWith('(report-wizard fix --windows does).'))).toEqual(
          windowsText(text) === null ? [fixed] : [],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('should let characters cp1252 can decode pass', () => {
    expect(
      lintsOf(answeredReport({ 3: 'Caf\u00e9 na\u00efve \u201Cquoted\u2019' }), 'windows-crash'),
    ).toEqual([]);
  });
});

describe('windowsCountRule', () => {
  const counts = (text: string): string[] =>
    lintsOf(text, 'windows-count').map((l) => `${l.line}: ${l.message}`);

  it('should tell how many words report.py on Windows counts when non-ASCII spaces stop separating words', () => {
    const text = answeredReport({ 4: 'We\u2009pinned\u2009every version.' });
    const line = lineOfText(text, 'We\u2009pinned');
    expect(lintsOf(text, 'windows-count')).toEqual([
      {
        rule: 'windows-count',
        question: 4,
        line,
        message:
          'Question 4: report.py run on Windows reads the file as cp1252 and counts 2 words, not 4: thin space ' +
          `U+2009 stops separating words (line ${line}). Replace it with plain ASCII (report-wizard fix replaces ` +
          'the spaces).',
        claim: { answer: 4, counted: { words: 4, images: 0 }, windows: { words: 2, images: 0 } },
      },
    ]);
  });

  it('should flag an answer exactly when report.py on Windows counts it differently, for any character', () => {
    // The rule skips the recount when no character could change a count: a character it wrongly skips shows here.
    const words = (text: string): number[] => checkReport(text).questions.map((q) => q.words);
    fc.assert(
      fc.property(fc.integer({ min: 0x80, max: 0x10ffff }), (cp) => {
        fc.pre(cp < 0xd800 || cp > 0xdfff);
        const text = answeredReport({ 5: `Voil${String.fromCodePoint(cp)}bien and more.` });
        const windows = windowsText(text);
        const differs = windows !== null && words(windows).join() !== words(text).join();
        expect(lintsOf(text, 'windows-count').length).toBe(differs ? 1 : 0);
      }),
      {
        numRuns: 3000,
        examples: [[0xa0], [0xe0], [0x2009], [0x85], [0x820], [0x10820], [0x3000], [0x1f601]],
      },
    );
    // 3,000 whole reports linted twice: ~10 s on a machine with a load of 13, past the 20 s default under more.
  }, 90_000);

  it('should say nothing when the count stays, as with a no-break space', () => {
    expect(lintsOf(answeredReport({ 5: 'Ten\u00a0words.' }), 'windows-count')).toEqual([]);
  });

  it('should catch letters whose UTF-8 holds byte 0xA0, which split a word on Windows', () => {
    const text = answeredReport({ 5: 'Voil\u00e0bien and \u0160arka.' });
    const line = lineOfText(text, 'Voil');
    expect(counts(text)).toEqual([
      `${line}: Question 5: report.py run on Windows reads the file as cp1252 and counts 5 words, not 3: ` +
        `"\u00e0" (U+00E0) splits a word (one of its bytes reads as a no-break space) (line ${line}); ` +
        `"\u0160" (U+0160) splits a word (one of its bytes reads as a no-break space) (line ${line}). ` +
        'Replace them with plain ASCII.',
    ]);
  });

  it('should count U+0085 as the "…" it reads as on Windows, not as a space', () => {
    const text = answeredReport({ 6: 'A\u0085B C' });
    const line = lineOfText(text, 'A\u0085B');
    expect(counts(text)).toEqual([
      `${line}: Question 6: report.py run on Windows reads the file as cp1252 and counts 2 words, not 3: next line ` +
        `U+0085 stops separating words (line ${line}). Replace it with plain ASCII (report-wizard fix replaces the ` +
        'spaces).',
    ]);
  });

  it('should count only what report.py counts, up to a sub-heading', () => {
    const text = answeredReport({ 7: 'A\u2009B\n\n#### More\n\nC\u2009D E\u2009F' });
    const line = lineOfText(text, 'A\u2009B');
    expect(counts(text)).toEqual([
      `${line}: Question 7: report.py run on Windows reads the file as cp1252 and counts 1 word, not 2: thin ` +
        `space U+2009 stops separating words (line ${line}). Replace it with plain ASCII (report-wizard fix ` +
        'replaces the spaces).',
    ]);
  });

  it('should say when the verdict changes on Windows', () => {
    const words = Array.from({ length: 99 }, (_, i) => `w${i}`).join(' ');
    const text = answeredReport({ 4: `${words}\u2009end` });
    expect(lintsOf(text, 'windows-count')[0]!.message).toMatch(
      /^Question 4: report\.py run on Windows reads the file as cp1252 and counts 99 words, not 100 \(so it fails there: expected 100–200 words\): /,
    );
  });
});
