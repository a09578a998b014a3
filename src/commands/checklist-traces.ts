import rules from '../../templates/evidence.json' with { type: 'json' };
import type { EvidenceRules } from '../evidence/evidence-rules.js';
import { matchRule } from '../evidence/match-rule.js';
import { type EvidenceIo, reportEvidence } from '../evidence/report-evidence.js';
import type { ChecklistItem } from '../report/model.js';
import type { ChecklistTraces } from '../ui/item-trace.js';

/**
 * The wizard's evidence scan: the report's repository scanned as `evidence` does, as traces keyed by item, each
 * saying whether a rule covers the item at all. Null when the report is in no repository.
 */
export const checklistTraces = async (
  reportPath: string,
  items: readonly ChecklistItem[],
  io: EvidenceIo,
): Promise<ChecklistTraces | null> => {
  if (items.length === 0) return {};
  const found = await reportEvidence(reportPath, items, io);
  if (found === null) return null;
  const traces: Record<number, ChecklistTraces[number]> = {};
  for (const [i, item] of items.entries()) {
    const evidence = found.items[i]?.evidence ?? [];
    traces[item.index] = {
      text: item.text,
      // A scan cut short (no git, too many files) cannot tell that an item left no trace.
      traceable:
        (evidence.length > 0 || !found.cut) &&
        (rules as EvidenceRules).rules.some((rule) => matchRule(rule, item)),
      evidence,
      ...(found.cut ? { cut: true } : {}),
    };
  }
  return traces;
};
