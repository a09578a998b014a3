import { visibleText } from '../../report/visible-text.js';
import type { ClassRow } from './class-row.js';

/** How a group's repository is named in a table: `owner/repo` of its URL, else its folder's name. */
export const shortRepo = (row: ClassRow): string =>
  row.repo === null
    ? (row.folder.split('/').filter(Boolean).at(-1) ?? row.folder)
    : (/([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(row.repo)?.[1] ?? row.repo);

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/**
 * The class as a terminal table, most urgent first: group, repository, year, graded commit, report.py's figure and the
 * staff leaderboard's, ticks, and what needs a human; then how many groups need a look.
 */
export const formatClassText = (rows: readonly ClassRow[]): string => {
  const table = rows.map((row) => [
    row.group ?? '',
    visibleText(shortRepo(row)),
    row.year === null ? '' : String(row.year),
    row.commit?.slice(0, 7) ?? '',
    row.problem !== null ? '' : row.fatal !== null ? 'refused' : `${row.passed}/${row.total}`,
    row.staff === null ? '' : `${row.staff.passed}/${row.staff.total}`,
    row.checklist === null ? '' : `${row.checklist.ticked}/${row.checklist.items}`,
    visibleText(row.attention.join('; ') || 'nothing to look at'),
  ]);
  const head = ['group', 'repository', 'year', 'commit', 'report.py', 'staff', 'ticks', 'needs a human'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const needy = rows.filter((r) => r.urgency >= 20).length;
  return [
    line(head),
    ...table.map(line),
    '',
    `${rows.length} group${rows.length === 1 ? '' : 's'}; ${needy} need${needy === 1 ? 's' : ''} a look (anything beyond failing questions).`,
    '',
  ].join('\n');
};
