import { Box, Text } from 'ink';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useState,
  useRef,
  type Ref,
} from 'react';
import { codePointWidth } from '../code-point-width.js';
import { createTextBuffer } from '../create-text-buffer.js';
import { editorKeyAction } from '../editor-key-action.js';
import type { KeyTargetSlot } from '../input/key-target.js';
import { useKeyTarget } from '../input/use-key-target.js';
import { scrollTop } from '../scroll-top.js';
import { sliceCells } from '../slice-cells.js';
import { textBuffer, type TextBufferAction } from '../text-buffer.js';
import { visualCursor } from '../visual-cursor.js';
import { wrapLines, type VisualRow } from '../wrap-lines.js';

/**
 * What the question screen does to the editor: apply a key's action (the screen owns the keyboard and hands the
 * editor its keys), insert at the cursor, replace everything (undoable).
 */
export interface AnswerEditorHandle {
  apply(action: TextBufferAction): void;
  insert(text: string): void;
  setText(text: string): void;
}

/** Props of `AnswerEditor`. */
export interface AnswerEditorProps {
  initialText: string;
  /** Cells the editor may use; one is kept free for the cursor after the end of a row. */
  width: number;
  /** Visual rows shown; the window scrolls to keep the cursor in it. */
  height: number;
  /** Whether the editor has the keyboard (false while a picker or another screen owns it): draws the cursor. */
  isActive?: boolean;
  /** False when colours and styles are off (NO_COLOR): the cursor is then drawn as a block. */
  color?: boolean;
  onChange?: (text: string) => void;
  ref?: Ref<AnswerEditorHandle>;
  /** Where the parent's router finds the editor's key handler; without it the editor reads the terminal itself. */
  keys?: KeyTargetSlot;
}

const cells = (text: string): number => Array.from(text).reduce((sum, char) => sum + codePointWidth(char), 0);

// Tabs are kept in the text and shown as one space, the width the wrapping gives them.
const display = (text: string): string => text.replaceAll('\t', ' ');

const PlainRow = memo(function PlainRow({ text }: { text: string }) {
  return <Text>{text === '' ? ' ' : text}</Text>;
});

const CursorRow = ({
  row,
  col,
  width,
  color,
}: {
  row: VisualRow;
  col: number;
  width: number;
  color: boolean;
}) => {
  const codePoints = Array.from(display(row.text));
  const index = Math.min(col - row.start, codePoints.length);
  let before = codePoints.slice(0, index).join('');
  let under = codePoints[index] ?? ' ';
  let after = codePoints.slice(index + 1).join('');
  if (sliceCells(before, width - 1) !== before) {
    // The cursor sits on spaces hanging past the right edge: show it in the last cell.
    before = sliceCells(before, width - 1);
    under = ' ';
    after = '';
  }
  return (
    <Text>
      {before}
      {color ? <Text inverse>{under}</Text> : '█'}
      {sliceCells(after, Math.max(0, width - cells(before) - Math.max(1, cells(under))))}
    </Text>
  );
};

/** A multiline, soft-wrapping text editor for one answer, over the `textBuffer` reducer. */
export const AnswerEditor = ({
  initialText,
  width,
  height,
  isActive = true,
  color = true,
  onChange,
  ref,
  keys,
}: AnswerEditorProps) => {
  const wrapWidth = Math.max(1, width - 1);
  const [state, setState] = useState(() => createTextBuffer(initialText, wrapWidth));
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The latest state, ahead of rendering: keys arriving before the next render build on it, and onChange
  // runs inside the key event, so a Tab right after typing already sees the new text.
  const latest = useRef(state);
  const apply = useCallback((action: TextBufferAction): void => {
    const previous = latest.current;
    const next = textBuffer(previous, action);
    if (next === previous) return;
    latest.current = next;
    setState(next);
    if (next.lines !== previous.lines) onChangeRef.current?.(next.lines.join('\n'));
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      apply,
      insert: (text: string) => apply({ type: 'insert', text }),
      setText: (text: string) => apply({ type: 'setText', text }),
    }),
    [apply],
  );

  useEffect(() => apply({ type: 'resize', width: wrapWidth }), [apply, wrapWidth]);

  useKeyTarget(keys, {
    id: 0,
    handle: (key) => {
      if (!isActive) return;
      const action = editorKeyAction(key);
      if (action !== null) apply(action);
    },
  });

  const rows = useMemo(() => wrapLines(state.lines, wrapWidth), [state.lines, wrapWidth]);
  const cursor = visualCursor(rows, state.cursor);
  const top = useRef(0);
  top.current = scrollTop(top.current, cursor.row, height, rows.length);
  const visible = rows.slice(top.current, top.current + Math.max(1, height));

  return (
    <Box flexDirection="column" height={Math.max(1, height)} width={width}>
      {visible.map((row, index) =>
        top.current + index === cursor.row && isActive ? (
          <CursorRow key={index} row={row} col={state.cursor.col} width={width} color={color} />
        ) : (
          <PlainRow key={index} text={sliceCells(display(row.text), width)} />
        ),
      )}
    </Box>
  );
};
