import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockLine } from '../../../src/report/markdown/block-line.js';
import { nextFence } from '../../../src/report/markdown/next-fence.js';
import { scanBlocks } from '../../../src/report/markdown/scan-blocks.js';
import { splitLines } from '../../../src/report/split-lines.js';
import * as reference from './reference-scanners.js';

const scan = (text: string) => scanBlocks(text, splitLines(text));

// Markdown made of the pieces the scanners tell apart: fences of both kinds and lengths with info strings, inline
// code, indents of spaces and tabs, quotes, list markers, HTML comments, images, odd spaces and blank lines.
const piece = fc.constantFrom(
  '```',
  '````',
  '~~~',
  '~~~~',
  '`',
  '``',
  ' ',
  '  ',
  '    ',
  '\t',
  '>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '<!--',
  '-->',
  'text',
  'py',
  '![a](b.png)',
  '#',
  '|',
  '\u00a0',
  '\u3000',
  '\u0085',
  '\f',
  '\u2028',
);
const markdownLines = fc.array(
  fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
  {
    maxLength: 30,
  },
);
const markdown = fc
  .tuple(markdownLines, fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('scanBlocks', () => {
  it('should find fenced and inline code at the top level, and what hides images in quotes, lists and comments', () => {
    const text = 'a `x` b\n```\n![a](b.png)\n```\n> ~~~\n> ![c](d.png)\n> ~~~\n\n<!-- ![e](f.png) -->\n';
    expect(scan(text).code).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 27 },
    ]);
    expect(scan(text).hidden).toEqual([
      { start: 8, end: 27, kind: 'code', graded: true },
      { start: 28, end: 53, kind: 'code', graded: false },
      { start: 55, end: 75, kind: 'comment', graded: true },
    ]);
  });

  it('should open a fence whose info string holds a line separator, as CommonMark does', () => {
    expect(nextFence(null, scan('```py\u2028x').lines[0]!)).toBe('```');
  });

  it('should read a quote prefix, tabs to the next multiple of 4, and a fence run on each line', () => {
    const [line] = scan('> \t```py x').lines;
    expect(line).toEqual({
      line: { number: 1, start: 0, end: 10, next: 10, content: '> \t```py x' },
      prefix: '> ',
      content: '\t```py x',
      blank: false,
      indent: 4,
      indentLength: 1,
      tabbed: true,
      body: '```py x',
      fence: { marker: '```', info: 'py x', opens: true },
    });
    expect(scan(' \u00a0\t').lines[0]!.blank).toBe(true);
    expect(scan('\u0085').lines[0]!.blank).toBe(false);
  });

  it('should classify each line as the render scan read it before (markdownLine and fenceOf)', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        for (const line of splitLines(text)) {
          const old = reference.markdownLine(line);
          expect(blockLine(line)).toEqual({ ...old, fence: reference.fenceOf(old.body) });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('should find the code and hidden-image ranges the code scan found (code-ranges.ts)', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const lines = splitLines(text);
        const { ranges, hidden } = reference.codeScan(text, lines);
        const found = scanBlocks(text, lines);
        expect(found.code).toEqual(ranges);
        expect(found.hidden).toEqual(hidden);
      }),
      { numRuns: 2000 },
    );
  });

  it("should open and close the answers' fences where code-fence.ts did", () => {
    fc.assert(
      // Its regular expression's `.` stopped at a line separator (U+2028, U+2029) in a fence's info string, so it
      // opened no fence there; the code ranges and the render scan did, and now all three do.
      fc.property(markdown, (text) => {
        fc.pre(!/[\u2028\u2029]/.test(text));
        let before: string | null = null;
        let now: string | null = null;
        for (const line of splitLines(text)) {
          before = reference.nextFence(before, line.content);
          now = nextFence(now, blockLine(line));
          expect(now).toBe(before);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
