import type { Report } from './model.js';

/** Returns the report text with checklist item `itemIndex` (1-based) checked or not: one character changes at most. */
export const setChecked = (report: Report, itemIndex: number, checked: boolean): string => {
  const item = report.items.find((i) => i.index === itemIndex);
  if (!item) throw new Error(`The checklist has no item ${itemIndex}.`);
  if (item.checked === checked) return report.text;
  const { text } = report;
  return text.slice(0, item.markOffset) + (checked ? 'x' : ' ') + text.slice(item.markOffset + 1);
};
