import { describe, expect, it } from 'vitest';
import { blockLine } from '../../../src/report/markdown/block-line.js';
import { nextFence } from '../../../src/report/markdown/next-fence.js';
import { splitLines } from '../../../src/report/split-lines.js';

const fences = (lines: string[]): (string | null)[] => {
  let open: string | null = null;
  return splitLines(lines.join('\n')).map((line) => (open = nextFence(open, blockLine(line))));
};

describe('nextFence', () => {
  it('should open on three or more backticks or tildes after at most three spaces', () => {
    expect(fences(['```bash', '# x', '```'])).toEqual(['```', '```', null]);
    expect(fences(['   ~~~~ py', 'a', '~~~', '~~~~  '])).toEqual(['~~~~', '~~~~', '~~~~', null]);
    expect(fences(['    ```', '``'])).toEqual([null, null]);
  });

  it('should not open on a backtick run with another backtick on its line (inline code)', () => {
    expect(fences(['```x```', '``` a ` b', '~~~ a ` b'])).toEqual([null, null, '~~~']);
  });

  it('should close only on the same character, at least as long, with nothing after it', () => {
    expect(fences(['````', '```', '~~~~', '```` x', '`````'])).toEqual([
      '````',
      '````',
      '````',
      '````',
      null,
    ]);
  });
});
