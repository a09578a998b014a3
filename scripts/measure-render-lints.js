// Measures the render lints on real reports against the real renderers: each answer (what follows `Answer:`) is
// rendered in a template context by Python-Markdown (the graded page) and markdown-it with tables and strikethrough
// (GitHub), and every rule's flags are compared with the differences of the kind it names, answer by answer.
// Usage: node scripts/measure-render-lints.js [REPORTS_DIR] [--fix | --fix-code]   (needs Debian's python3-markdown
// and python3-markdown-it at /usr/bin/python3, or REPORT_WIZARD_PYTHON). With --fix the reports are repaired first.
// The comparison (test/helpers/render-differences.ts) counts HTML features; a backslash before a line break inside
// fenced code counts as a render-break difference though both pages show it (seed-003.md Q24 in the corpus).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus/reports');
const fix = args.includes('--fix') || args.includes('--fix-code');
const python = process.env.REPORT_WIZARD_PYTHON ?? '/usr/bin/python3';

const bundle = await build({
  stdin: {
    contents: `
      export { parseReport } from './src/report/parse-report.ts';
      export { lintReport } from './src/report/lint-report.ts';
      export { fixReport } from './src/report/fix-report.ts';
      export { answerSpans } from './src/report/lints/answer-spans.ts';
      export { renderDifferences } from './test/helpers/render-differences.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
});
const core = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const rows = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  let text = readFileSync(join(dir, file), 'utf8');
  if (fix) text = core.fixReport(core.parseReport(text), { code: args.includes('--fix-code') }).text;
  const report = core.parseReport(text);
  const spans = core.answerSpans(report);
  const lints = core.lintReport(report);
  report.questions.forEach((q, i) => {
    if (!q.answerMarker || !spans[i]) return;
    const answer = text.slice(q.answerMarker.end, Math.max(spans[i].end, q.region.end));
    const rules = new Set(
      lints.filter((l) => l.question === q.number && l.rule.startsWith('render-')).map((l) => l.rule),
    );
    rows.push({ where: `${file} Q${q.number}`, answer, rules });
  });
}
// The same context as scripts/capture-render-fixtures.py.
const render = spawnSync(
  python,
  [
    '-c',
    `import json, sys, markdown
from markdown_it import MarkdownIt
github = MarkdownIt("commonmark").enable(["table", "strikethrough"])
P = "### Question 6\\n\\n> **Which rules did you follow?**\\n>\\n> Answer:"
S = "\\n\\n### Question 7\\n"
json.dump([[markdown.markdown(P + a + S), github.render(P + a + S)] for a in json.load(sys.stdin)], sys.stdout)`,
  ],
  { input: JSON.stringify(rows.map((r) => r.answer)), encoding: 'utf8', maxBuffer: 1 << 28 },
);
if (render.status !== 0) throw new Error(render.stderr);
const html = JSON.parse(render.stdout);
const tally = {};
const disagreements = [];
rows.forEach((row, i) => {
  const differs = core.renderDifferences(html[i][0], html[i][1]);
  for (const rule of new Set([...row.rules, ...differs])) {
    tally[rule] ??= { flagged: 0, differ: 0, both: 0 };
    const [flagged, differ] = [row.rules.has(rule), differs.has(rule)];
    if (flagged) tally[rule].flagged++;
    if (differ) tally[rule].differ++;
    if (flagged && differ) tally[rule].both++;
    if (flagged !== differ)
      disagreements.push(
        `${row.where}: ${rule} ${flagged ? 'flagged, renders alike' : 'not flagged, renders differently'}`,
      );
  }
});
console.log(
  `${rows.length} answers in ${dir}${fix ? ' (after fix)' : ''}: answers flagged, answers that render differently, both`,
);
for (const [rule, t] of Object.entries(tally).sort())
  console.log(`  ${rule.padEnd(16)} ${t.flagged} ${t.differ} ${t.both}`);
for (const line of disagreements) console.log(`  ${line}`);
