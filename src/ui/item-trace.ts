import type { Evidence } from '../evidence/find-evidence.js';

/** What the repository shows for one checklist item, as the wizard's evidence scan found it. */
export interface ItemTrace {
  /** The item's text when scanned: a trace counts only while the item at that index still reads so. */
  text: string;
  /** Whether a rule covers the item (an item no rule covers cannot leave a trace). */
  traceable: boolean;
  evidence: Evidence[];
  /** Whether the scan stopped before it saw every file (no git, too many files), so no item is called untraced. */
  cut?: boolean;
}

/** The traces of a report's checklist, keyed by item `index`. */
export type ChecklistTraces = Readonly<Record<number, ItemTrace>>;
