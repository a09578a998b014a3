import { Box, Text } from 'ink';
import type { ChecklistItem } from '../../../report/model.js';
import { visibleText } from '../../../report/visible-text.js';
import { itemSuggestion } from '../../item-suggestion.js';
import { traceOf } from '../../trace-of.js';
import type { EvidenceScan } from '../../wizard-reducer.js';
import { wrapLines } from '../../wrap-lines.js';

/** What the evidence panel under the checklist shows. */
export interface EvidencePanelProps {
  evidence: EvidenceScan;
  items: readonly ChecklistItem[];
  /** The selected item, whose evidence is listed; none when no item is shown. */
  item: ChecklistItem | undefined;
  width: number;
  /** Rows the panel may use, its title included. */
  height: number;
}

const wrapped = (text: string, width: number, first: string, rest: string): string[] =>
  wrapLines([visibleText(text)], Math.max(10, width - rest.length)).map(
    (row, i) => `${i === 0 ? first : rest}${row.text.trimEnd()}`,
  );

/** The panel's lines: a title with the counts, then the selected item's files and why each counts. */
const panelLines = ({ evidence, items, item, width }: EvidencePanelProps): string[] => {
  if (evidence.kind === 'scanning') return ['Evidence: looking through the repository…'];
  if (evidence.kind === 'none') return wrapped(`Evidence: ${evidence.message}`, width, '', '  ');
  const { traces } = evidence;
  const count = (only: 'check' | 'uncheck'): number =>
    items.filter((i) => itemSuggestion(i, traces) === only).length;
  const counts = `Evidence · + ${count('check')} not ticked · ? ${count('uncheck')} ticked, no trace`;
  // A scan cut short says so, as `evidence` and `status` do: the files past the cut were never looked at.
  const cut = Object.values(traces).some((t) => t.cut === true)
    ? wrapped(
        'The scan stopped early (without git there is no list of the files): no item is called untraced.',
        width,
        '  ',
        '  ',
      )
    : [];
  const title = [counts, ...cut];
  const trace = item === undefined ? undefined : traceOf(item, traces);
  // An item no rule covers cannot leave a trace: saying "no trace found" would only worry.
  if (trace === undefined || !trace.traceable) return title;
  if (trace.evidence.length === 0) return [...title, '  no trace found'];
  return [...title, ...trace.evidence.flatMap((e) => wrapped(`${e.path}: ${e.why}`, width, '  ', '    '))];
};

/** The repository's evidence for the selected checklist item, under the list, cut to its rows. */
export const EvidencePanel = (props: EvidencePanelProps) => {
  const lines = panelLines(props);
  const rows = Math.max(1, props.height);
  const shown =
    lines.length <= rows ? lines : [...lines.slice(0, rows - 1), `  … ${lines.length - rows + 1} more lines`];
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate" dimColor={i > 0}>
          {line}
        </Text>
      ))}
    </Box>
  );
};
