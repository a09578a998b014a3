import type { ChecklistItem } from '../report/model.js';
import type { EvidenceRule } from './evidence-rules.js';

/** Whether a rule is the one for an item: its text pattern matches, and a tagged item shares a tag with it. */
export const matchRule = (rule: EvidenceRule, item: Pick<ChecklistItem, 'text' | 'modules'>): boolean =>
  new RegExp(rule.text, 'i').test(item.text) &&
  (item.modules.length === 0 || rule.tags.some((t) => item.modules.includes(t)));
