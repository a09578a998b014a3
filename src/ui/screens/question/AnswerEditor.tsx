import { Box, Text } from 'ink';
import { useMemo, useRef } from 'react';
import { scrollTop } from '../../scroll-top.js';
import type { TextBufferState } from '../../text-buffer.js';
import { visualCursor } from '../../visual-cursor.js';
import { type VisualRow, wrapLines } from '../../wrap-lines.js';
import { sliceCells } from '../../slice-cells.js';
import { CursorRow } from '../../components/CursorRow.js';
import { PlainRow } from '../../components/PlainRow.js';
import type { EditorMarker } from './question-view.js';

/** Props of `AnswerEditor`: the text, cursor and history are the question screen's (its keys edit them). */
export interface AnswerEditorProps {
  buffer: TextBufferState;
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

/** A multiline, soft-wrapping view of one answer's text buffer, scrolled to keep the cursor in sight. */
export const AnswerEditor = ({
  buffer: state,
  width,
  height,
  isActive = true,
  marker,
}: AnswerEditorProps) => {
  const wrapWidth = Math.max(1, width - 1);
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
