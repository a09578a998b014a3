import { sliceCells } from './slice-cells.js';
import { textWidth } from './text-width.js';

/** The header's row in two parts: the counts and the path (bold), and git's warnings with the hand-in badge. */
export interface HeaderRow {
  lead: string;
  warnings: string;
}

/** A text with its width in cells, measured once. */
interface Form {
  text: string;
  cells: number;
}

const form = (text: string): Form => ({ text, cells: textWidth(text) });

/** A path's shorter forms: its last folders (`…/reports/README.md`), down to `…/README.md`, then none. */
const pathForms = (path: string): Form[] => {
  const parts = path.split('/');
  const forms = [path];
  for (let keep = parts.length - 1; keep >= 1; keep--) forms.push(`…/${parts.slice(-keep).join('/')}`);
  return [...forms.map((shown) => form(` · ${shown}`)), form('')];
};

/**
 * A warning's shorter forms, ` · git: uncommitted, unpushed` to ` · git: uncommitted, …` to ` · git: …`: its
 * parts are left out from the end, and `…` says that some were.
 */
const warningForms = (warning: string): Form[] => {
  const colon = warning.indexOf(': ');
  if (colon === -1) return [form(warning)];
  const parts = warning.slice(colon + 2).split(', ');
  const forms: Form[] = [];
  for (let keep = parts.length; keep >= 0; keep--) {
    const shown = [...parts.slice(0, keep), ...(keep < parts.length ? ['…'] : [])];
    forms.push(form(`${warning.slice(0, colon)}: ${shown.join(', ')}`));
  }
  return forms;
};

/**
 * The header in `width` cells: the counts first, whole, in the longest of their forms (`headerCountForms`) that
 * leaves room for the rest; then the path, git's warnings (` · git: …`) and the hand-in badge (` · hand-in: …`), which
 * give way in that order: the path shortens and goes first, then the warnings, then the badge, down to `… · git: …
 * · hand-in: …`, where `…` says that something was left out. Where even that does not fit, the warnings shrink to
 * ` ⚠`; only a row narrower than the shortest counts cuts them.
 */
export const fitHeader = (
  counts: readonly string[],
  path: string,
  git: string,
  badge: string,
  width: number,
): HeaderRow => {
  const paths = pathForms(path);
  const gits = git === '' ? [form('')] : warningForms(git);
  const badges = badge === '' ? [form('')] : warningForms(badge);
  const shown = counts.map(form);
  for (const c of shown)
    for (const b of badges)
      for (const g of gits)
        for (const p of paths)
          if (c.cells + p.cells + g.cells + b.cells <= width)
            return { lead: c.text + p.text, warnings: g.text + b.text };
  const mark = git + badge === '' ? '' : ' ⚠';
  for (const c of shown) if (c.cells + mark.length <= width) return { lead: c.text, warnings: mark };
  return { lead: `${sliceCells(counts.at(-1) ?? '', Math.max(0, width - 1))}…`, warnings: '' };
};
