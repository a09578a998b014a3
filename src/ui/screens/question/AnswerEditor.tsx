import { Box, Text } from 'ink';
import { useCallback, useEffect, useImperativeHandle, useMemo, useState, useRef, type Ref } from 'react';
import { createTextBuffer } from '../../create-text-buffer.js';
import { editorKeyAction } from '../../editor-key-action.js';
import type { KeyTargetSlot } from '../../input/key-target.js';
import { useKeyTarget } from '../../input/use-key-target.js';
import { scrollTop } from '../../scroll-top.js';
import { textBuffer, type TextBufferAction, type TextBufferState } from '../../text-buffer.js';
import { visualCursor } from '../../visual-cursor.js';
import { type VisualRow, wrapLines } from '../../wrap-lines.js';
import { sliceCells } from '../../slice-cells.js';
import { CursorRow } from '../../components/CursorRow.js';
import { PlainRow } from '../../components/PlainRow.js';

/**
 * What the question screen does to the editor: apply a key's action (the screen owns the keyboard and hands the
 * editor its keys), insert at the cursor, replace everything (undoable).
 */
export interface AnswerEditorHandle {
  apply(action: TextBufferAction): void;
  insert(text: string): void;
  setText(text: string): void;
  /** The text and cursor now, ahead of rendering (the image picker places a link by them). */
  state(): TextBufferState;
}

/** A row the editor draws above logical line `line` that is not part of the text (report.py's cut). */
export interface EditorMarker {
  line: number;
  text: string;
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
  /**
   * False under NO_COLOR. The editor has no colours to leave out: its cursor is reverse video either way,
   * which NO_COLOR allows (see CursorRow); kept so that every screen takes the same flag.
   */
  color?: boolean;
  onChange?: (text: string) => void;
  ref?: Ref<AnswerEditorHandle>;
  /** Where the parent's router finds the editor's key handler; without it the editor reads the terminal itself. */
  keys?: KeyTargetSlot;
  /** A row shown between the lines, never part of the text or reachable by the cursor. */
  marker?: EditorMarker | null;
}

// The marker's row: on no logical line, so the cursor never lands on it.
const markerLine = -1;

const withMarker = (rows: VisualRow[], marker: EditorMarker | null | undefined): VisualRow[] => {
  if (!marker) return rows;
  const at = rows.findIndex((row) => row.line === marker.line);
  if (at === -1) return rows;
  return [...rows.slice(0, at), { line: markerLine, start: 0, end: 0, text: marker.text }, ...rows.slice(at)];
};

/** A multiline, soft-wrapping text editor for one answer, over the `textBuffer` reducer. */
export const AnswerEditor = ({
  initialText,
  width,
  height,
  isActive = true,
  onChange,
  ref,
  keys,
  marker,
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
      state: () => latest.current,
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

  const wrapped = useMemo(() => wrapLines(state.lines, wrapWidth), [state.lines, wrapWidth]);
  const rows = useMemo(() => withMarker(wrapped, marker), [wrapped, marker?.line, marker?.text]);
  const cursor = visualCursor(rows, state.cursor);
  const top = useRef(0);
  top.current = scrollTop(top.current, cursor.row, height, rows.length);
  // A marker right above the cursor's row stays in view: it says what that row's text means to report.py.
  if (
    top.current > 0 &&
    top.current === cursor.row &&
    rows[top.current - 1]?.line === markerLine &&
    height > 1
  )
    top.current -= 1;
  const visible = rows.slice(top.current, top.current + Math.max(1, height));

  return (
    <Box flexDirection="column" height={Math.max(1, height)} width={width}>
      {visible.map((row, index) =>
        row.line === markerLine ? (
          <Text key={index} dimColor>
            {sliceCells(`── ${row.text} `.padEnd(width, '─'), width)}
          </Text>
        ) : top.current + index === cursor.row && isActive ? (
          <CursorRow key={index} row={row} col={state.cursor.col} width={width} />
        ) : (
          <PlainRow key={index} text={row.text} width={width} />
        ),
      )}
    </Box>
  );
};
