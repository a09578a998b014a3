// Measures `report-wizard check` against `python3 report.py check` on the same report, interleaved in one run
// (noisy machines: compare the ratio), and one `check` invocation over 1,000 reports.
// Usage: npm run build && REPORT_PY=/path/to/report.py node bench/check.js [REPORT.md] [RUNS]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const report = process.argv[2] ?? join(root, 'templates/demo/README.md');
const runs = Number(process.argv[3] ?? 20);
const python = process.env.REPORT_WIZARD_PYTHON ?? '/usr/bin/python3';
const bin = join(root, 'bin/report-wizard.js');

const time = (command, args, cwd, env = process.env) => {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, env, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'rw-bench-'));
copyFileSync(report, join(dir, 'README.md'));
const node = [];
const py = [];
const bare = [];
const nodeNoCa = [];
// NODE_EXTRA_CA_CERTS makes Node parse a certificate bundle before any script runs; machines that set it pay that
// on every start, so the run also times Node doing nothing, and report-wizard without the variable.
const { NODE_EXTRA_CA_CERTS: extraCa, ...envNoCa } = process.env;
const havePy = process.env.REPORT_PY !== undefined;
if (havePy) copyFileSync(process.env.REPORT_PY, join(dir, 'report.py'));
else console.log('REPORT_PY not set: timing report-wizard only.');
for (let i = 0; i < runs; i++) {
  node.push(time(process.execPath, [bin, 'check', '--json', 'README.md'], dir));
  bare.push(time(process.execPath, ['-e', '0'], dir));
  if (extraCa !== undefined)
    nodeNoCa.push(time(process.execPath, [bin, 'check', '--json', 'README.md'], dir, envNoCa));
  if (havePy) py.push(time(python, ['report.py', 'check'], dir));
}
console.log(`one report (${report}), ${runs} runs each, interleaved:`);
console.log(`  report-wizard check  median ${median(node).toFixed(1)} ms`);
console.log(`  node -e 0            median ${median(bare).toFixed(1)} ms`);
if (extraCa !== undefined) {
  console.log(`  report-wizard check without NODE_EXTRA_CA_CERTS  median ${median(nodeNoCa).toFixed(1)} ms`);
}
if (havePy) {
  console.log(`  python3 report.py    median ${median(py).toFixed(1)} ms`);
  console.log(`  ratio                ${(median(node) / median(py)).toFixed(3)} (target <= 0.35)`);
  if (extraCa !== undefined) {
    console.log(`  ratio without NODE_EXTRA_CA_CERTS  ${(median(nodeNoCa) / median(py)).toFixed(3)}`);
  }
}

// 1,000 reports cycling through every report at hand (the shared corpus beside the repository when present, else
// our fixtures), so no two neighbours share a text.
const corpus = join(root, '../shared/corpus/reports');
const sources = existsSync(corpus)
  ? readdirSync(corpus).map((f) => join(corpus, f))
  : readdirSync(join(root, 'test/fixtures/reports'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'test/fixtures/reports', f));
const many = mkdtempSync(join(tmpdir(), 'rw-bench-many-'));
const files = [];
for (let i = 0; i < 1000; i++) {
  const path = join(many, `r${i}.md`);
  writeFileSync(path, readFileSync(sources[i % sources.length]));
  files.push(path);
}
const bulk = [];
for (let i = 0; i < 5; i++) bulk.push(time(process.execPath, [bin, 'check', '--json', ...files], many));
console.log(
  `1,000 reports (${sources.length} distinct) in one invocation: median of 5 ${median(bulk).toFixed(0)} ms (target < 2000 ms)`,
);
