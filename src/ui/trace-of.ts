import type { ChecklistItem } from '../report/model.js';
import type { ChecklistTraces, ItemTrace } from './item-trace.js';

/** The trace scanned for `item`, or undefined when none was, or the item at that index now reads differently. */
export const traceOf = (
  item: Pick<ChecklistItem, 'index' | 'text'>,
  traces: ChecklistTraces,
): ItemTrace | undefined => {
  const trace = traces[item.index];
  return trace?.text === item.text ? trace : undefined;
};
