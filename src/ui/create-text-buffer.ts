import type { TextBufferState } from './text-buffer.js';

/** A buffer holding `text` (any line endings), cursor at its end, empty history. */
export const createTextBuffer = (text: string, wrapWidth = Infinity): TextBufferState => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const row = lines.length - 1;
  return {
    lines,
    cursor: { row, col: (lines[row] ?? '').length },
    preferredCol: null,
    wrapWidth,
    undo: [],
    redo: [],
    group: null,
  };
};
