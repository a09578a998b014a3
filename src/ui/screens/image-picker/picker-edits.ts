import type { ImageChoice } from '../../image-choices.js';
import { imageBlock, imageLink, relinkImage, wordEnd } from '../../image-link.js';
import { type TextBufferAction, type TextBufferState, textBuffer } from '../../text-buffer.js';

// The link on its own line, a blank line around it, after the word the cursor is in: the moves and deletes that
// take the cursor there, then the insert, each an editor action (so undo takes the link out as the editor would).
const insertEdits = (buffer: TextBufferState, path: string): TextBufferAction[] => {
  const edits: TextBufferAction[] = [];
  let state = buffer;
  const apply = (edit: TextBufferAction): void => {
    edits.push(edit);
    state = textBuffer(state, edit);
  };
  const line = state.lines[state.cursor.row] ?? '';
  const end = wordEnd(line, state.cursor.col);
  // Moves by whole characters (a cluster is one step), so it stops at the word's end exactly.
  for (let step = 0; state.cursor.col < end && step < line.length; step++)
    apply({ type: 'move', dir: 'right' });
  // The spaces after the word would start the next line with a space: they go, as the block breaks the line.
  const spaces = /^[ \t]*/.exec(line.slice(end))?.[0].length ?? 0;
  for (let step = 0; step < spaces; step++) apply({ type: 'delete' });
  const { lines, cursor } = state;
  const row = lines[cursor.row] ?? '';
  const before = [...lines.slice(0, cursor.row), row.slice(0, cursor.col)].join('\n');
  const after = [row.slice(cursor.col), ...lines.slice(cursor.row + 1)].join('\n');
  apply({ type: 'insert', text: imageBlock(before, after, imageLink(path)) });
  return edits;
};

/**
 * The editor actions that put a chosen image into the answer: a new link after the word at the cursor, or a broken
 * link repaired in place (none when the text no longer holds the link the picker found).
 */
export const pickerEdits = (buffer: TextBufferState, choice: ImageChoice): TextBufferAction[] => {
  if (choice.kind === 'insert') return insertEdits(buffer, choice.path);
  const text = buffer.lines.join('\n');
  // The link was found in this text when the picker opened, and the text cannot change while it is open.
  if (text.slice(choice.start, choice.end) !== choice.markdown) return [];
  const fixed = `${text.slice(0, choice.start)}${relinkImage(choice.markdown, choice.path)}${text.slice(choice.end)}`;
  return [{ type: 'setText', text: fixed }];
};
