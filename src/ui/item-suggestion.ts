import type { ChecklistItem } from '../report/model.js';
import type { ChecklistTraces } from './item-trace.js';
import { traceOf } from './trace-of.js';

/**
 * What the repository says about an item's box as it is now: `check` (evidence, not ticked), `uncheck` (ticked, no
 * trace found) or null (agrees, cannot leave a trace, or not scanned).
 */
export const itemSuggestion = (
  item: Pick<ChecklistItem, 'index' | 'text' | 'checked'>,
  traces: ChecklistTraces,
): 'check' | 'uncheck' | null => {
  const trace = traceOf(item, traces);
  if (trace === undefined || !trace.traceable) return null;
  if (trace.evidence.length > 0) return item.checked ? null : 'check';
  return item.checked ? 'uncheck' : null;
};
