import { wrapLine } from './wrap-line.js';

/** The `?` help laid out: its title, its columns of rows, and how many keys found no room. */
export interface HelpLayout {
  title: string;
  columns: string[][];
  columnWidth: number;
  left: number;
}

const titles = [
  'Keys on this screen · any key closes this help',
  'Keys · any key closes this help',
  'Any key closes this help',
];
const gap = 2;

/** One key's rows in a column: the label, then its help wrapped beside it (or below a label wider than `labelWidth`). */
const entryRows = (
  entry: { label: string; help: string },
  labelWidth: number,
  columnWidth: number,
): string[] => {
  const helpWidth = columnWidth - labelWidth - 1;
  const indent = ' '.repeat(labelWidth + 1);
  const wrapped = wrapLine(entry.help, helpWidth).map(({ start, end }) =>
    entry.help.slice(start, end).trimEnd(),
  );
  if (entry.label.length > labelWidth) return [entry.label, ...wrapped.map((row) => indent + row)];
  return wrapped.map((row, index) =>
    index === 0 ? `${entry.label.padEnd(labelWidth)} ${row}` : indent + row,
  );
};

/** The entries in order, down `rows` rows of each of `count` columns; how many fit. */
const fill = (
  entries: readonly { label: string; help: string }[],
  count: number,
  width: number,
  rows: number,
): { columns: string[][]; columnWidth: number; placed: number } | null => {
  const columnWidth = Math.floor((width - gap * (count - 1)) / count);
  // Labels line up; in a narrow column the few longest (Ctrl+W/Alt+Backspace) take a row of their own instead.
  const longest = Math.max(...entries.map((e) => e.label.length), 1);
  const labelWidth =
    longest <= columnWidth / 3 ? longest : Math.min(longest, 14, Math.floor(columnWidth / 2));
  if (columnWidth - labelWidth - 1 < 8) return null;
  const columns: string[][] = [[]];
  let placed = 0;
  for (const entry of entries) {
    const lines = entryRows(entry, labelWidth, columnWidth);
    let column = columns.at(-1) ?? [];
    if (column.length + lines.length > rows) {
      if (columns.length === count) break;
      column = [];
      columns.push(column);
    }
    if (lines.length > rows) break;
    column.push(...lines);
    placed++;
  }
  return { columns, columnWidth, placed };
};

/**
 * The `?` help in `width` x `height` cells: every key with what it does, in as few columns as hold them all, each
 * help text wrapped whole beside its key, never cut. Where even the most columns cannot hold them (a tiny terminal),
 * as many as fit and a count of the rest, for a larger window.
 */
export const helpLayout = (
  entries: readonly { label: string; help: string }[],
  width: number,
  height: number,
): HelpLayout => {
  const title = titles.find((t) => t.length <= width) ?? titles.at(-1) ?? '';
  const rows = Math.max(1, height - 1);
  let best: { columns: string[][]; columnWidth: number; placed: number } | null = null;
  for (let count = 1; count <= entries.length; count++) {
    const laid = fill(entries, count, width, rows);
    if (laid === null) break;
    if (laid.placed === entries.length)
      return { title, columns: laid.columns, columnWidth: laid.columnWidth, left: 0 };
    // Short of room: the last row says how many keys are left out.
    const cut = fill(entries, count, width, rows - 1);
    if (cut !== null && (best === null || cut.placed > best.placed)) best = cut;
  }
  if (best === null) return { title, columns: [], columnWidth: width, left: entries.length };
  return { title, columns: best.columns, columnWidth: best.columnWidth, left: entries.length - best.placed };
};
