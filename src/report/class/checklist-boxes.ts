import type { Line } from '../split-lines.js';
import { blockLine } from '../markdown/block-line.js';
import { type OpenFence, nextFence } from '../markdown/next-fence.js';

/** What an odd checkbox most likely means: done, partly done, or not done. */
export type BoxMeaning = 'ticked' | 'partly' | 'unticked';

/** A checklist item whose box is not `[ ]`, `[x]` or `[X]`, for a human to look at. */
export interface UnusualBox {
  /** 1-based line. */
  line: number;
  /** What stands between the brackets, as written. */
  box: string;
  meaning: BoxMeaning;
}

/** The checklist's items and ticks, odd boxes counted as what they most likely mean and listed. */
export interface ChecklistBoxes {
  items: number;
  ticked: number;
  unusual: UnusualBox[];
}

// A list item whose text starts with a bracketed box of up to 8 characters (`[✅]`, `[50%]`, `[(X)]`).
const item = /^ {0,3}[*+-] +\[([^\]\n]{0,8})\](?:\s|$)/;
const done = /^\(?\s*(?:[xX\u2713\u2714\u2705\u2611\u{1F5F8}*+]|y|Y|yes|Yes|YES|done|ok|OK)\s*\)?$/u;
const partly = /^(?:\/|-|~|\.|\?|\d{1,3}\s?%|%)$/;

/** The meaning of the text inside a box: `x` and its look-alikes are done, `/`, `-`, `~`, `%` partly done. */
export const boxMeaning = (box: string): BoxMeaning => {
  const inner = box.trim();
  if (inner === '') return 'unticked';
  if (/^\d{1,3}\s?%$/.test(inner)) return Number.parseInt(inner, 10) >= 100 ? 'ticked' : 'partly';
  if (done.test(inner)) return 'ticked';
  if (partly.test(inner)) return 'partly';
  return 'partly';
};

/**
 * Counts the checklist of a report (the list items above its first question, outside fenced code as the Markdown
 * block scanner sees it): `[x]` and `[X]` are ticks, `[ ]` is not, and any other box is counted as what it most
 * likely means and listed.
 */
export const checklistBoxes = (lines: readonly Line[], firstQuestionLine: number | null): ChecklistBoxes => {
  const end = firstQuestionLine === null ? lines.length : firstQuestionLine - 1;
  const out: ChecklistBoxes = { items: 0, ticked: 0, unusual: [] };
  let fence: OpenFence | null = null;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    const inFence = fence !== null;
    fence = nextFence(fence, blockLine(line));
    // A fence line or code: no checklist item.
    if (inFence || fence !== null) continue;
    const box = item.exec(line.content)?.[1];
    if (box === undefined) continue;
    out.items++;
    if (box === 'x' || box === 'X') out.ticked++;
    else if (box !== ' ') {
      const meaning = boxMeaning(box);
      if (meaning === 'ticked') out.ticked++;
      out.unusual.push({ line: i + 1, box, meaning });
    }
  }
  return out;
};
