import type { ChecklistItem } from '../report/model.js';
import type { EvidenceRule } from './evidence-rules.js';

// Each rule's pattern compiled once: every item is tried against the rules before it finds its own.
const compiled = new Map<string, RegExp>();

/** Whether a rule is the one for an item: its text pattern matches, and a tagged item shares a tag with it. */
export const matchRule = (rule: EvidenceRule, item: Pick<ChecklistItem, 'text' | 'modules'>): boolean => {
  let pattern = compiled.get(rule.text);
  if (pattern === undefined) compiled.set(rule.text, (pattern = new RegExp(rule.text, 'i')));
  return (
    pattern.test(item.text) && (item.modules.length === 0 || rule.tags.some((t) => item.modules.includes(t)))
  );
};
