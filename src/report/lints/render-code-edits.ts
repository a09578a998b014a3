import type { Line } from '../split-lines.js';
import type { RenderEdit } from './render-edit.js';

/** A fenced code block as the render scanner found it. */
export interface Fence {
  char: string;
  length: number;
  line: Line;
  /** Index of the opening line in the report's lines. */
  index: number;
  info: string;
  /** Whether it stands alone at column 0, outside quotes and lists, where indented code means the same. */
  rewritable: boolean;
}

/**
 * A fenced block as indented code: the fence lines go (an empty line stays where one is needed to part the code
 * from text), every code line gets 4 spaces.
 */
export const codeEdits = (
  lines: readonly Line[],
  fence: Fence,
  closeIndex: number,
  question: number,
  last: number,
): RenderEdit[] => {
  const open = fence.line;
  const close = lines[closeIndex]!;
  const before = fence.index > 0 ? lines[fence.index - 1]! : null;
  const after = closeIndex < last ? lines[closeIndex + 1]! : null;
  const edit = (line: Line, start: number, end: number, replacement: string): RenderEdit => ({
    question,
    kind: 'code',
    line: line.number,
    start,
    end,
    replacement,
  });
  const edits = [
    before !== null && before.content.trim() !== ''
      ? edit(open, open.start, open.end, '')
      : edit(open, open.start, open.next, ''),
  ];
  for (let i = fence.index + 1; i < closeIndex; i++) {
    const line = lines[i]!;
    if (line.content.trim() !== '') edits.push(edit(line, line.start, line.start, '    '));
  }
  edits.push(
    after !== null && after.content.trim() !== ''
      ? edit(close, close.start, close.end, '')
      : edit(close, close.start, close.next, ''),
  );
  return edits;
};
