import type { ClassRow } from './class-row.js';

/** The columns of `class --csv`, in order (documented in the README). */
export const classCsvColumns = [
  'group',
  'folder',
  'repo',
  'problem',
  'branch',
  'commit',
  'date',
  'year',
  'deadline',
  'report',
  'fatal',
  'passed',
  'total',
  'staff_passed',
  'staff_total',
  'checklist_items',
  'checklist_ticked',
  'odd_boxes',
  'render_problems',
  'missing_images',
  'not_png_jpg',
  'conflict_markers',
  'stranded',
  'after_deadline',
  'attention',
] as const;

// RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading quote mark.
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const values = (r: ClassRow): (string | number | null)[] => [
  r.group,
  r.folder,
  r.repo,
  r.problem,
  r.branch,
  r.commit,
  r.date,
  r.year,
  r.deadline,
  r.report,
  r.fatal,
  r.passed,
  r.total,
  r.staff?.passed ?? null,
  r.staff?.total ?? null,
  r.checklist?.items ?? null,
  r.checklist?.ticked ?? null,
  r.checklist?.unusual.map((u) => `line ${u.line} [${u.box}] ${u.meaning}`).join('; ') ?? null,
  r.render.length,
  r.images.missing.map((m) => m.path).join('; '),
  r.images.notPngJpg.map((m) => m.path).join('; '),
  r.conflictMarkers,
  r.stranded.map((s) => `Q${s.question} ${s.branch} ${s.commit.slice(0, 7)} ${s.words}w`).join('; '),
  r.afterDeadline.length,
  r.attention.join('; '),
];

/** The header line of `class --csv`. */
export const classCsvHeader = `${classCsvColumns.join(',')}\r\n`;

/** One group's line of `class --csv`, made as soon as its row is (the command keeps no rows). */
export const classCsvLine = (row: ClassRow): string => `${values(row).map(cell).join(',')}\r\n`;

/** `class --csv`: a header row, then one row per group. */
export const formatClassCsv = (rows: readonly ClassRow[]): string =>
  classCsvHeader + rows.map(classCsvLine).join('');
