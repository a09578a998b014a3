// Precision and recall of `report-wizard evidence` against groups' own ticks.
//   npm run build && node bench/evidence.js CHECKOUTS [--reports DIR] [--verbose]
// CHECKOUTS holds one checkout per group, named owner+repo or owner__repo; DIR (default ../shared/corpus/reports)
// holds each group's final report as owner__repo.md, which is copied to the checkout's reports/README.md first.
// Precision: of the items with evidence, the share the group ticked. Recall: of the ticked items that can leave a
// trace (a rule matches them), the share with evidence.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reports: { type: 'string', default: '../shared/corpus/reports' }, verbose: { type: 'boolean' } },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node bench/evidence.js CHECKOUTS [--reports DIR] [--verbose]\n');
  process.exit(2);
}
const cli = resolve(import.meta.dirname, '../bin/report-wizard.js');
const totals = { evidence: 0, evidenceTicked: 0, tickedTraceable: 0, tickedWithEvidence: 0 };
for (const name of readdirSync(positionals[0]).sort()) {
  const checkout = resolve(positionals[0], name);
  const report = join(values.reports, `${name.replace('+', '__')}.md`);
  if (!existsSync(report)) continue;
  mkdirSync(join(checkout, 'reports'), { recursive: true });
  copyFileSync(report, join(checkout, 'reports/README.md'));
  const started = performance.now();
  const { items } = JSON.parse(
    execFileSync(process.execPath, [cli, 'evidence', checkout, '--json'], { encoding: 'utf8' }),
  );
  const ms = performance.now() - started;
  const withEvidence = items.filter((i) => i.evidence.length > 0);
  // A ticked item can leave a trace when a rule matched it: it has evidence or is suggested for unticking.
  const tickedTraceable = items.filter(
    (i) => i.checked && (i.evidence.length > 0 || i.suggestion === 'uncheck'),
  );
  const row = {
    evidence: withEvidence.length,
    evidenceTicked: withEvidence.filter((i) => i.checked).length,
    tickedTraceable: tickedTraceable.length,
    tickedWithEvidence: tickedTraceable.filter((i) => i.evidence.length > 0).length,
  };
  for (const key of Object.keys(totals)) totals[key] += row[key];
  process.stdout.write(
    `${name}: ${items.length} items, precision ${row.evidenceTicked}/${row.evidence}, recall ${row.tickedWithEvidence}/${row.tickedTraceable} (${Math.round(ms)} ms)\n`,
  );
  if (values.verbose) {
    for (const i of items.filter((i) => i.suggestion !== null)) {
      const first = i.evidence[0];
      process.stdout.write(
        `  ${i.suggestion} ${i.number} ${i.text.slice(0, 70)}${first ? ` · ${first.path}: ${first.why}` : ''}\n`,
      );
    }
  }
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
process.stdout.write(
  `precision ${pct(totals.evidenceTicked, totals.evidence)} · recall ${pct(totals.tickedWithEvidence, totals.tickedTraceable)}\n`,
);
