// Every `check` figure of issue 14 as a ratio to `node -e 0`, all taken in one interleaved run (the machine is
// shared and noisy: absolute times drift, ratios taken side by side much less). CPU time is the main figure (the
// median of `perf stat -e task-clock` where perf runs, else the mean of /usr/bin/time's user + system, in 10 ms
// ticks); wall time (median) and peak memory (from /usr/bin/time) are shown beside it, with the load average.
// Usage: npm run build && node bench/ratios.js [RUNS] [REPORT.md]
// BASELINE=/path/to/another/built/checkout adds its `check` rows to the same run, for an A/B of a change.
// INSTRUCTIONS=1 also counts the instructions of each one-report case once under valgrind's callgrind (slow, but
// exact where CPU time on a loaded machine is not).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
const corpus = join(root, '../shared/corpus/reports');
const sources = existsSync(corpus)
  ? readdirSync(corpus)
      .sort()
      .map((f) => join(corpus, f))
  : readdirSync(join(root, 'test/fixtures/reports'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'test/fixtures/reports', f));
const report = process.argv[3] ?? sources.find((f) => f.endsWith('seed-002.md')) ?? sources[0];
const bin = join(root, 'bin/report-wizard.js');
const haveTime = existsSync('/usr/bin/time');
// perf's task-clock is the CPU time to the microsecond; /usr/bin/time prints it in 10 ms ticks, too coarse for a
// 50 ms process (the mean over many runs was the only resolution it gave).
const havePerf =
  spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', process.execPath, '-e', '0'], {
    encoding: 'utf8',
  }).stderr?.includes('task-clock') === true;

/** One run: wall ms, CPU ms (user + system) and peak RSS in MB, the last two from perf and /usr/bin/time. */
const run = (args, cwd) => {
  const timed = haveTime
    ? ['/usr/bin/time', '-f', 'rw-bench %e %U %S %M', process.execPath, ...args]
    : [process.execPath, ...args];
  const argv = havePerf ? ['perf', 'stat', '-x,', '-e', 'task-clock', ...timed] : timed;
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const line = /rw-bench (\S+) (\S+) (\S+) (\S+)/.exec(result.stderr ?? '');
  const clock = /^([\d.]+),msec,task-clock/m.exec(result.stderr ?? '');
  const ticks = line ? (Number(line[2]) + Number(line[3])) * 1000 : NaN;
  return { wall, cpu: clock ? Number(clock[1]) : ticks, rss: line ? Number(line[4]) / 1024 : NaN };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// /usr/bin/time (without perf) counts CPU in 10 ms ticks, which only a mean resolves; perf's clock is fine enough for
// the median, which one run slowed by a neighbour does not move.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cpuOf = (samples) => (havePerf ? median : mean)(samples.map((s) => s.cpu));

// Inputs, in temporary folders outside any git repository (the git lints then only stat for `.git`).
const one = mkdtempSync(join(tmpdir(), 'rw-ratios-'));
copyFileSync(report, join(one, 'README.md'));
const many = mkdtempSync(join(tmpdir(), 'rw-ratios-many-'));
const files = [];
for (let i = 0; i < 1000; i++) {
  const path = join(many, `r${i}.md`);
  writeFileSync(path, readFileSync(sources[i % sources.length]));
  files.push(path);
}
// Linearity: the same report with its answers' text repeated k times (one big report, the same structure).
const base = readFileSync(report, 'utf8');
const grown = [1, 8, 64].map((k) => {
  const dir = mkdtempSync(join(tmpdir(), `rw-ratios-x${k}-`));
  const text = base.replace(
    /(Answer:\r?\n)([\s\S]*?)(?=\r?\n#)/g,
    (_, marker, body) => `${marker}${Array(k).fill(body).join('\n')}`,
  );
  writeFileSync(join(dir, 'README.md'), text);
  return { k, dir, bytes: Buffer.byteLength(text) };
});

const cases = [
  { name: 'node -e 0', args: ['-e', '0'], cwd: one, every: 1 },
  { name: 'check --json, one report', args: [bin, 'check', '--json', 'README.md'], cwd: one, every: 1 },
  ...grown.map((g) => ({
    name: `check --json, one report ×${g.k} (${(g.bytes / 1024).toFixed(0)} kB)`,
    args: [bin, 'check', '--json', 'README.md'],
    cwd: g.dir,
    every: 3,
  })),
  { name: 'check --json, 1,000 reports', args: [bin, 'check', '--json', ...files], cwd: many, every: 5 },
];
const baseline = process.env.BASELINE;
if (baseline !== undefined) {
  const other = join(baseline, 'bin/report-wizard.js');
  cases.push(
    {
      name: 'BASELINE check --json, one report',
      args: [other, 'check', '--json', 'README.md'],
      cwd: one,
      every: 1,
    },
    {
      name: 'BASELINE check --json, 1,000 reports',
      args: [other, 'check', '--json', ...files],
      cwd: many,
      every: 5,
    },
  );
}
for (const c of cases) c.samples = [];
const loads = [loadavg()[0]];
// Interleaved: each round runs every case once (the slow ones every few rounds), so drift hits all alike.
for (let round = 0; round < runs; round++) {
  for (const c of cases) if (round % c.every === 0) c.samples.push({ ...run(c.args, c.cwd), round });
}
loads.push(loadavg()[0]);

const floor = cases[0];
const floorCpu = cpuOf(floor.samples);
const floorWall = median(floor.samples.map((s) => s.wall));
console.log(
  `CPU from ${havePerf ? "perf's task-clock" : '/usr/bin/time (10 ms ticks)'}; ` +
    `${runs} interleaved rounds, load average ${loads.map((l) => l.toFixed(2)).join(' → ')}, ` +
    `report ${report.slice(report.lastIndexOf('/') + 1)}`,
);
// Each run against `node -e 0` of its own round, then the median of those ratios: the machine's drift over the run
// (a neighbour's burst slows a whole round) cancels within a round, where the ratio of two medians keeps it.
const floorByRound = new Map(floor.samples.map((s) => [s.round, s.cpu]));
const pairedCpu = (c) => median(c.samples.map((s) => s.cpu / floorByRound.get(s.round)));
console.log(
  'what                                          CPU ms   × node -e 0   paired ×   wall ms   × node -e 0   peak MB',
);
for (const c of cases) {
  const cpu = cpuOf(c.samples);
  const wall = median(c.samples.map((s) => s.wall));
  const rss = Math.max(...c.samples.map((s) => s.rss));
  console.log(
    `${c.name.padEnd(44)} ${cpu.toFixed(1).padStart(7)}   ${(cpu / floorCpu).toFixed(2).padStart(11)}` +
      `   ${pairedCpu(c).toFixed(2).padStart(8)}` +
      `   ${wall.toFixed(1).padStart(7)}   ${(wall / floorWall).toFixed(2).padStart(11)}   ${rss.toFixed(0).padStart(7)}`,
  );
}
// Linearity: the CPU each further kB costs between two sizes, which stays flat when the cost is linear.
console.log('CPU per further kB between sizes (flat = linear):');
for (let i = 1; i < grown.length; i++) {
  const grownCpu = (j) => cpuOf(cases[2 + j].samples);
  const kB = (grown[i].bytes - grown[i - 1].bytes) / 1024;
  console.log(
    `  ×${grown[i - 1].k} → ×${grown[i].k}: ${((grownCpu(i) - grownCpu(i - 1)) / kB).toFixed(3)} ms per kB`,
  );
}

if (process.env.INSTRUCTIONS !== undefined) {
  console.log('instructions (valgrind --tool=callgrind, one run each):');
  const single = cases.filter((c) => !c.name.includes('1,000') && !c.name.includes('×'));
  const counts = single.map((c) => {
    const result = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...c.args],
      {
        cwd: c.cwd,
        encoding: 'utf8',
      },
    );
    return Number(/Collected : (\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN);
  });
  single.forEach((c, i) => {
    console.log(
      `  ${c.name.padEnd(44)} ${(counts[i] / 1e6).toFixed(0).padStart(6)} M   ${(counts[i] / counts[0]).toFixed(3)} × node -e 0`,
    );
  });
}
