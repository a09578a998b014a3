import { minTerminal } from './frame-layout.js';

/** Whether a `columns`x`rows` terminal is smaller than the screens need: the wizard then shows a message instead. */
export const terminalTooSmall = (columns: number, rows: number): boolean =>
  columns < minTerminal.columns || rows < minTerminal.rows;
