import { formatHandinText } from '../../../git/handin/format-handin-text.js';
import { visibleText } from '../../../report/visible-text.js';
import type { HandinView } from '../../wizard-reducer.js';
import { wrapLines } from '../../wrap-lines.js';

/** The hand-in screen's text as rows of at most `width` cells: the `handin` command's facts, or why there are none. */
export const handinLines = (view: HandinView, width: number): string[] => {
  const text =
    view.error !== null
      ? `No hand-in facts: ${view.error}`
      : view.facts === null
        ? 'Reading git for what staff would grade…'
        : formatHandinText(view.facts, view.now).trimEnd();
  const lines = visibleText(text).split('\n');
  return wrapLines(lines, Math.max(1, width)).map((row) => row.text);
};

/** How many rows the hand-in screen's text takes and how many it shows under its title in `height` rows. */
export const handinRows = (
  view: HandinView,
  width: number,
  height: number,
): { rows: number; total: number } => {
  const total = handinLines(view, width).length;
  const rows = Math.max(1, height - 1 - (total > height - 1 ? 1 : 0));
  return { rows, total };
};
