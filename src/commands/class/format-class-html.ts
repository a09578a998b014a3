import type { ClassRow } from './class-row.js';
import { shortRepo } from './format-class-text.js';

/** The first line of every page `class --html` writes: how it tells its own pages from other files. */
export const classPageMarker = '<!-- report-wizard class page -->';

const esc = (s: string): string =>
  s.replace(
    // eslint-disable-next-line no-control-regex -- the page shows the report's control characters as references
    /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `&#${c.charCodeAt(0)};`,
  );

// Okabe–Ito colours, each paired with a mark, so that no state is told by colour alone.
const style = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}
th,td{padding:.3em .5em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bad{color:#b8451c;font-weight:600}.warn{color:#8a6100}.ok{color:#00704f}
.differs{background:#fde9c8;border-radius:3px;padding:0 .2em}
tr.detail td{background:#fafafa;border-bottom:2px solid #bbb}
tr.detail[hidden]{display:none}
button{font:inherit;cursor:pointer}
ul{margin:.2em 0 .4em 1.2em;padding:0}
`;

const script = `
const table=document.querySelector('table');
table.querySelectorAll('th[data-key]').forEach((th,col)=>th.addEventListener('click',()=>{
  const asc=th.getAttribute('aria-sort')!=='ascending';
  table.querySelectorAll('th').forEach(h=>h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort',asc?'ascending':'descending');
  const key=th.dataset.key,num=th.dataset.type==='number';
  const groups=[...table.querySelectorAll('tbody')];
  groups.sort((a,b)=>{const x=a.dataset[key]??'',y=b.dataset[key]??'';
    const c=num?(Number(x||-1)-Number(y||-1)):x.localeCompare(y,undefined,{numeric:true});return asc?c:-c;});
  groups.forEach(g=>table.appendChild(g));
}));
table.addEventListener('click',e=>{const b=e.target.closest('button[data-detail]');if(!b)return;
  const d=b.closest('tbody').querySelector('tr.detail');d.hidden=!d.hidden;b.setAttribute('aria-expanded',String(!d.hidden));});
`;

const list = (title: string, items: string[]): string =>
  items.length === 0
    ? ''
    : `<p><b>${esc(title)}</b></p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

const detail = (row: ClassRow): string => {
  const parts: string[] = [];
  parts.push(
    `<p>${esc(row.folder)}${row.commit === null ? '' : ` · ${esc(row.branch ?? '')} at ${esc(row.commit.slice(0, 7))} (${esc(row.date ?? '')})`}${row.deadline === null ? '' : ` · deadline ${esc(row.deadline)}`}${row.report === null ? '' : ` · ${esc(row.report)}`}</p>`,
  );
  if (row.problem !== null) parts.push(`<p class="bad">✗ ${esc(row.problem)}</p>`);
  if (row.fatal !== null) parts.push(`<p class="bad">✗ report.py refuses the report: ${esc(row.fatal)}</p>`);
  const failing = row.questions.filter((q) => !q.passed);
  parts.push(
    list(
      'Failing questions',
      failing.map((q) => `Question ${q.number}: ${q.words} words, ${q.images} images`),
    ),
  );
  parts.push(
    list(
      'Answers stranded on other branches',
      row.stranded.map(
        (s) =>
          `Question ${s.question}: ${s.words} words on ${s.branch} (${s.commit.slice(0, 7)}), ${s.defaultWords} graded${s.likelySuperseded ? ' (likely an older draft)' : ''}`,
      ),
    ),
  );
  parts.push(
    list(
      'Odd checkboxes',
      (row.checklist?.unusual ?? []).map((u) => `line ${u.line}: [${u.box}] counted as ${u.meaning}`),
    ),
  );
  parts.push(
    list(
      'Missing images',
      row.images.missing.map((m) => `Question ${m.question}: ${m.path}`),
    ),
  );
  parts.push(
    list(
      'Images not PNG or JPEG',
      row.images.notPngJpg.map((m) => `Question ${m.question}: ${m.path}`),
    ),
  );
  parts.push(
    list(
      'Render problems on the graded page',
      row.render.map(
        (r) =>
          `${r.rule}${r.question === null ? '' : ` (question ${r.question})`}${r.line === null ? '' : `, line ${r.line}`}`,
      ),
    ),
  );
  parts.push(
    list(
      'Report commits after the deadline',
      row.afterDeadline.map((c) => `${c.commit.slice(0, 7)} ${c.date} ${c.subject}`),
    ),
  );
  return parts.join('');
};

const figure = (row: ClassRow): string => {
  if (row.problem !== null) return '<span class="bad">✗ none</span>';
  if (row.fatal !== null) return '<span class="bad">✗ refused</span>';
  const cls = row.passed === row.total ? 'ok' : 'warn';
  return `<span class="${cls}">${row.passed === row.total ? '✓' : '⚠'} ${row.passed}/${row.total}</span>`;
};

const staffCell = (row: ClassRow): string => {
  if (row.staff === null) return '';
  const text = `${row.staff.passed}/${row.staff.total}`;
  const differs = row.fatal !== null || row.staff.passed !== row.passed;
  return differs ? `<span class="differs" title="differs from report.py's verdict">≠ ${text}</span>` : text;
};

/**
 * One group's part of the page (a `<tbody>`), made as soon as its row is (the command keeps no rows), in two halves
 * around its place in the table, which its details button names and which only the sort decides.
 */
export const classHtmlBody = (row: ClassRow): [string, string] => {
  const data = {
    group: row.group ?? '',
    repo: shortRepo(row),
    year: row.year === null ? '' : String(row.year),
    passed: row.fatal !== null || row.passed === null ? '-1' : String(row.passed),
    staff: row.staff === null ? '' : String(row.staff.passed),
    ticked: row.checklist === null ? '' : String(row.checklist.ticked),
    urgency: String(row.urgency),
  };
  const attrs = Object.entries(data)
    .map(([k, v]) => `data-${k}="${esc(v)}"`)
    .join(' ');
  const attention = row.attention.length === 0 ? '✓ nothing' : row.attention.map((a) => esc(a)).join('<br>');
  return [
    `<tbody ${attrs}><tr>` +
      `<td>${esc(row.group ?? '')}</td>` +
      `<td>${esc(shortRepo(row))}</td>` +
      `<td class="n">${row.year ?? ''}</td>` +
      `<td class="n">${figure(row)}</td>` +
      `<td class="n">${staffCell(row)}</td>` +
      `<td class="n">${row.checklist === null ? '' : `${row.checklist.ticked}/${row.checklist.items}`}</td>` +
      `<td>${attention} <button type="button" data-detail="`,
    `" aria-expanded="false">details</button></td>` +
      `</tr><tr class="detail" hidden><td colspan="7">${detail(row)}</td></tr></tbody>`,
  ];
};

/** The page of `formatClassHtml` from each group's `classHtmlBody`, in order. */
export const formatClassPage = (
  bodies: readonly (readonly [string, string])[],
  generated: string,
): string => {
  const head = [
    ['group', 'Group', 'text'],
    ['repo', 'Repository', 'text'],
    ['year', 'Year', 'number'],
    ['passed', 'report.py', 'number'],
    ['staff', 'Staff leaderboard', 'number'],
    ['ticked', 'Ticks', 'number'],
    ['urgency', 'Needs a human', 'number'],
  ] as const;
  return `${classPageMarker}
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reports at the deadline</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${style}</style></head>
<body><h1>Reports at the deadline</h1>
<p>${bodies.length} groups, made ${esc(generated)} by report-wizard class. Most urgent first; click a heading to sort, “details” for a group’s facts. “Staff leaderboard” is 31 less report.py’s WARNING lines, as the course’s scraper counts; marked ≠ where it differs from report.py’s verdict.</p>
<table><thead><tr>${head.map(([key, label, type]) => `<th data-key="${key}" data-type="${type}" scope="col">${label}</th>`).join('')}</tr></thead>
${bodies.map(([before, after], i) => `${before}${i}${after}`).join('\n')}
</table>
<script>${script}</script>
</body></html>
`;
};

/**
 * `class --html`: one self-contained page (no external assets; works from a file, offline) with a sortable table
 * (click a heading), a detail view per group (its button), marks beside the Okabe–Ito colours so colour-blind readers
 * lose nothing, and staff's leaderboard figure beside report.py's where they differ.
 */
export const formatClassHtml = (rows: readonly ClassRow[], generated: string): string =>
  formatClassPage(rows.map(classHtmlBody), generated);
