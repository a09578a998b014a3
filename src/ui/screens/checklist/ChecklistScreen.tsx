import { Box, Text } from 'ink';
import type { ChecklistItem, Report } from '../../../report/model.js';
import { visibleText } from '../../../report/visible-text.js';
import { itemSuggestion } from '../../item-suggestion.js';
import type { ChecklistTraces } from '../../item-trace.js';
import { traceOf } from '../../trace-of.js';
import type { EvidenceScan } from '../../wizard-reducer.js';
import { EvidencePanel } from './EvidencePanel.js';
import { boxIndent, checklistView } from './checklist-view.js';

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
  /** Items toggled under the suggestion filter, still shown. */
  kept?: readonly number[];
}

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
  kept = [],
}: ChecklistScreenProps) => {
  const traces = evidence?.kind === 'found' ? evidence.traces : null;
  const view = checklistView({
    report,
    filter,
    filtering,
    selected: chosen,
    width,
    height,
    evidence,
    suggestionFilter,
    kept,
  });
  const { shown, selected, blocks, start, end, listHeight, panelHeight } = view;
  const textLine = filtering || filter !== '';
  const filterLine = textLine || suggestionFilter !== null;
  const filterParts = [
    ...(textLine
      ? [`Filter: ${visibleText(filtering ? withCursor(filter, cursor ?? filter.length) : filter)}`]
      : []),
    ...(suggestionFilter === null ? [] : [`Only: ${suggestionNames[suggestionFilter]}`]),
  ];
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
