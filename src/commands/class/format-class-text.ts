import { visibleText } from '../../report/visible-text.js';
import type { ClassRow } from './class-row.js';

/** How a group's repository is named in a table: `owner/repo` of its URL, else its folder's name. */
export const shortRepo = (row: ClassRow): string =>
  row.repo === null
    ? (row.folder.split('/').filter(Boolean).at(-1) ?? row.folder)
    : (/([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(row.repo)?.[1] ?? row.repo);

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** One group's cells of the terminal table, made as soon as its row is (the command keeps no rows). */
export const classTextCells = (row: ClassRow): string[] => [
  row.group ?? '',
  visibleText(shortRepo(row)),
  row.year === null ? '' : String(row.year),
  row.commit?.slice(0, 7) ?? '',
  row.problem !== null ? '' : row.fatal !== null ? 'refused' : `${row.passed}/${row.total}`,
  row.staff === null ? '' : `${row.staff.passed}/${row.staff.total}`,
  row.checklist === null ? '' : `${row.checklist.ticked}/${row.checklist.items}`,
  visibleText(row.attention.join('; ') || 'nothing to look at'),
];

/** The table of `formatClassText` from each group's cells, in order, and how many groups need a look. */
export const formatClassTable = (table: readonly string[][], needy: number): string => {
  const head = ['group', 'repository', 'year', 'commit', 'report.py', 'staff', 'ticks', 'needs a human'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(head),
    ...table.map(line),
    '',
    `${table.length} group${table.length === 1 ? '' : 's'}; ${needy} need${needy === 1 ? 's' : ''} a look (anything beyond failing questions).`,
    '',
  ].join('\n');
};

/** Whether a group needs a look: anything beyond failing questions. */
export const needsLook = (urgency: number): boolean => urgency >= 20;

/**
 * The class as a terminal table, most urgent first: group, repository, year, graded commit, report.py's figure and the
 * staff leaderboard's, ticks, and what needs a human; then how many groups need a look.
 */
export const formatClassText = (rows: readonly ClassRow[]): string =>
  formatClassTable(rows.map(classTextCells), rows.filter((r) => needsLook(r.urgency)).length);
