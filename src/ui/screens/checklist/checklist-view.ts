import type { ChecklistItem, Report } from '../../../report/model.js';
import { visibleText } from '../../../report/visible-text.js';
import { checklistFilter } from '../../checklist-filter.js';
import { checklistSelection } from '../../checklist-selection.js';
import type { EvidenceScan } from '../../wizard-reducer.js';
import { wrapLines } from '../../wrap-lines.js';

/** What decides the checklist's rows: the report, the filters, the selection and the space. */
export interface ChecklistViewInput {
  report: Report;
  filter: string;
  filtering: boolean;
  /** Highlighted item (its 1-based `index`). */
  selected: number;
  width: number;
  /** Rows the screen may use. */
  height: number;
  evidence: EvidenceScan | null;
  suggestionFilter: 'check' | 'uncheck' | null;
  /** Items toggled under the suggestion filter, still shown. */
  kept?: readonly number[];
}

/** One row group of the list: a week's title, or an item with its wrapped lines. */
export type Block =
  { kind: 'week'; title: string; lines: string[] } | { kind: 'item'; item: ChecklistItem; lines: string[] };
// `› [x] ` before the first line of an item (and `+ ` once evidence is known); continuation lines are indented to
// match.
export const boxIndent = 6;

const itemLines = (item: ChecklistItem, width: number, indent: number): string[] =>
  wrapLines([visibleText(item.text)], Math.max(10, width - indent)).map((row) => row.text.trimEnd());

const blocksOf = (report: Report, shown: ChecklistItem[], width: number, indent: number): Block[] => {
  const blocks: Block[] = [];
  for (const week of report.checklist) {
    const items = week.items.filter((i) => shown.includes(i));
    if (items.length === 0) continue;
    const checked = week.items.filter((i) => i.checked).length;
    blocks.push({
      kind: 'week',
      title: week.title,
      lines: [visibleText(`${week.title} · ${checked}/${week.items.length} checked`)],
    });
    for (const item of items) blocks.push({ kind: 'item', item, lines: itemLines(item, width, indent) });
  }
  return blocks;
};

/**
 * Blocks `[start, end)` to show: whole items only, the selected one with up to half the spare rows above it, and
 * never a week title as the last row.
 */
const visibleBlocks = (blocks: Block[], selected: number, height: number): [number, number] => {
  const heights = blocks.map((b) => b.lines.length);
  let start = Math.max(0, selected);
  let end = start + 1;
  let used = heights[start] ?? 0;
  const fits = (i: number, limit = height): boolean => used + (heights[i] ?? 0) <= limit;
  const above = Math.floor((height - used) / 2) + used;
  while (start > 0 && fits(start - 1, above)) used += heights[--start] ?? 0;
  while (end < heights.length && fits(end)) used += heights[end++] ?? 0;
  while (start > 0 && fits(start - 1)) used += heights[--start] ?? 0;
  if (end - start > 1 && blocks[end - 1]?.kind === 'week') end--;
  return [start, end];
};

/** The checklist as the screen draws it and the keys move over it: computed once, by one function, for both. */
export interface ChecklistView {
  shown: ChecklistItem[];
  /** The item the keys act on (null: none shown). */
  selected: number | null;
  blocks: Block[];
  /** Blocks `[start, end)` on screen. */
  start: number;
  end: number;
  listHeight: number;
  panelHeight: number;
  /** How many items a page holds: the ones on screen now. */
  page: number;
}

/** The shown items, the selection, the rows on screen and the page size of the checklist. */
export const checklistView = (input: ChecklistViewInput): ChecklistView => {
  const { report, filter, filtering, width, height, evidence, suggestionFilter } = input;
  const traces = evidence?.kind === 'found' ? evidence.traces : null;
  const shown = checklistFilter(
    report.items,
    filter,
    suggestionFilter === null
      ? null
      : { only: suggestionFilter, traces: traces ?? {}, kept: input.kept ?? [] },
  );
  const selected = checklistSelection(shown, input.selected);
  const filterLine = filtering || filter !== '' || suggestionFilter !== null;
  const blocks = blocksOf(report, shown, width, traces === null ? boxIndent : boxIndent + 2);
  const panelHeight =
    evidence === null || report.items.length === 0 ? 0 : Math.min(7, Math.max(2, Math.floor(height / 3)));
  const listHeight = Math.max(1, height - (filterLine ? 1 : 0) - panelHeight);
  const selectedBlock = blocks.findIndex((b) => b.kind === 'item' && b.item.index === selected);
  const [start, end] = visibleBlocks(blocks, selectedBlock === -1 ? 0 : selectedBlock, listHeight);
  const page = Math.max(1, blocks.slice(start, end).filter((b) => b.kind === 'item').length);
  return { shown, selected, blocks, start, end, listHeight, panelHeight, page };
};
