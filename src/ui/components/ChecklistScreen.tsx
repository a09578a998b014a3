import { Box, Text } from 'ink';
import type { ChecklistItem, Report } from '../../report/model.js';
import { visibleText } from '../../report/visible-text.js';
import { checklistFilter } from '../checklist-filter.js';
import { checklistSelection } from '../checklist-selection.js';
import { itemSuggestion } from '../item-suggestion.js';
import type { ChecklistTraces } from '../item-trace.js';
import { traceOf } from '../trace-of.js';
import type { EvidenceScan } from '../wizard-reducer.js';
import { wrapLines } from '../wrap-lines.js';
import { EvidencePanel } from './EvidencePanel.js';

/** What the checklist screen shows; keys are handled by the app. */
export interface ChecklistScreenProps {
  report: Report;
  filter: string;
  filtering: boolean;
  /** The filter line's cursor (an index into `filter`) while it has the keys. */
  cursor?: number | null;
  /** Highlighted item (its 1-based `index`). */
  selected: number;
  width: number;
  /** Rows the screen may use. */
  height: number;
  /** The repository's evidence: a mark per item and a panel under the list; none when this run scans none. */
  evidence?: EvidenceScan | null;
  /** Only the items whose box the evidence disagrees with that way. */
  suggestionFilter?: 'check' | 'uncheck' | null;
}

type Block =
  { kind: 'week'; title: string; lines: string[] } | { kind: 'item'; item: ChecklistItem; lines: string[] };

// `› [x] ` before the first line of an item (and `+ ` once evidence is known); continuation lines are indented to
// match.
const boxIndent = 6;

const itemLines = (item: ChecklistItem, width: number, indent: number): string[] =>
  wrapLines([visibleText(item.text)], Math.max(10, width - indent)).map((row) => row.text.trimEnd());

/** The evidence mark before an item, as `evidence` prints it: `+` evidence, not ticked; `?` ticked, no trace. */
const mark = (item: ChecklistItem, traces: ChecklistTraces): string => {
  const suggestion = itemSuggestion(item, traces);
  if (suggestion === 'check') return '+';
  if (suggestion === 'uncheck') return '?';
  return (traceOf(item, traces)?.evidence.length ?? 0) > 0 ? '✓' : ' ';
};

const suggestionNames = { check: 'evidence, not ticked', uncheck: 'ticked, no trace' };
const noneShown = {
  check: 'No item has evidence and is not ticked.',
  uncheck: 'Every ticked item that can leave a trace has one.',
};

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

const ItemBlock = ({
  item,
  lines,
  selected,
  mark,
}: {
  item: ChecklistItem;
  lines: string[];
  selected: boolean;
  mark: string | null;
}) => (
  <Box flexDirection="column">
    {lines.map((line, i) => (
      <Text key={i} bold={selected} wrap="truncate">
        {i === 0 ? `${selected ? '›' : ' '} ` : ''}
        {i === 0 && <Text color={item.checked ? 'green' : undefined}>{item.checked ? '[x]' : '[ ]'}</Text>}
        {i === 0 && mark !== null && ` ${mark}`}
        {i === 0 ? ' ' : ' '.repeat(mark === null ? boxIndent : boxIndent + 2)}
        {line}
      </Text>
    ))}
  </Box>
);

// The filter with a thin bar at the cursor (a string index, as the editor's buffer keeps it): visible with and
// without colours, hiding no character.
const withCursor = (text: string, at: number): string => `${text.slice(0, at)}▏${text.slice(at)}`;

/**
 * The checklist grouped by week, filtered, scrolled so the highlighted item is shown whole; with evidence, a mark
 * per item and the selected item's evidence under the list.
 */
export const ChecklistScreen = ({
  report,
  filter,
  filtering,
  cursor = null,
  selected: chosen,
  width,
  height,
  evidence = null,
  suggestionFilter = null,
}: ChecklistScreenProps) => {
  const traces = evidence?.kind === 'found' ? evidence.traces : null;
  const shown = checklistFilter(
    report.items,
    filter,
    suggestionFilter === null ? null : { only: suggestionFilter, traces: traces ?? {} },
  );
  const selected = checklistSelection(shown, chosen);
  const textLine = filtering || filter !== '';
  const filterLine = textLine || suggestionFilter !== null;
  const filterParts = [
    ...(textLine
      ? [`Filter: ${visibleText(filtering ? withCursor(filter, cursor ?? filter.length) : filter)}`]
      : []),
    ...(suggestionFilter === null ? [] : [`Only: ${suggestionNames[suggestionFilter]}`]),
  ];
  const blocks = blocksOf(report, shown, width, traces === null ? boxIndent : boxIndent + 2);
  const panelHeight =
    evidence === null || report.items.length === 0 ? 0 : Math.min(7, Math.max(2, Math.floor(height / 3)));
  const listHeight = Math.max(1, height - (filterLine ? 1 : 0) - panelHeight);
  const selectedBlock = blocks.findIndex((b) => b.kind === 'item' && b.item.index === selected);
  const [start, end] = visibleBlocks(blocks, selectedBlock === -1 ? 0 : selectedBlock, listHeight);
  return (
    <Box flexDirection="column">
      {filterLine && (
        <Text wrap="truncate">
          {filterParts.join(' · ')}{' '}
          <Text dimColor>
            ({shown.length} of {report.items.length} items)
          </Text>
        </Text>
      )}
      {report.items.length === 0 && <Text>This report has no checklist.</Text>}
      {report.items.length > 0 && shown.length === 0 && (
        <Text>
          {suggestionFilter !== null && filter.trim() === ''
            ? noneShown[suggestionFilter]
            : `No item matches “${visibleText(filter)}”.`}
        </Text>
      )}
      {/* The list takes its rows whether full or not: the panel stays put as the selection moves. */}
      <Box flexDirection="column" height={panelHeight > 0 ? listHeight : undefined}>
        {blocks.slice(start, end).map((block) =>
          block.kind === 'week' ? (
            <Text key={`w${block.title}`} bold wrap="truncate">
              {block.lines[0]}
            </Text>
          ) : (
            <ItemBlock
              key={`i${block.item.index}`}
              item={block.item}
              lines={block.lines}
              selected={block.item.index === selected}
              mark={traces === null ? null : mark(block.item, traces)}
            />
          ),
        )}
      </Box>
      {evidence !== null && panelHeight > 0 && (
        <EvidencePanel
          evidence={evidence}
          items={report.items}
          item={shown.find((i) => i.index === selected)}
          width={width}
          height={panelHeight}
        />
      )}
    </Box>
  );
};
