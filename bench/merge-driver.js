// Times `report-wizard merge-driver` against `report-wizard check` in the same run, interleaved, on the demo report:
// ours answers the first question, theirs the fifth (a clean merge, question by question, as git runs the driver);
// check reads the merged report. Bare `node` with HOME in a temporary folder (each command's code cache written there
// by a first, untimed run), NODE_EXTRA_CA_CERTS unset, as near-node-floor.py does; CPU time as each process counts
// its own. Target: merge-driver ≤ 1.5× check.
// Usage: node scripts/build.js && node bench/merge-driver.js [RUNS]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
const bin = join(root, 'bin/report-wizard.js');
const dir = mkdtempSync(join(tmpdir(), 'rw-bench-merge-driver-'));
const { NODE_EXTRA_CA_CERTS: _, ...inherited } = process.env;
const env = { ...inherited, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache') };

const base = readFileSync(join(root, 'templates/demo/README.md'), 'utf8');
/** The report with `words` written after its `n`th "Answer:" (counting from 0). */
const answered = (n, words) => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = base.indexOf('Answer:', at + 1);
  const end = at + 'Answer:'.length;
  return `${base.slice(0, end)}\n\n${words}\n${base.slice(end)}`;
};
const ours = answered(0, 'Group 7');
const theirs = answered(4, Array.from({ length: 120 }, (_, i) => `word${i}`).join(' '));

// Each child writes the CPU time it used (process.cpuUsage, in microseconds) as it exits: /proc's ticks of 10 ms are
// too coarse for commands of a few tens of milliseconds.
const cpuFile = join(dir, 'cpu');
const preload = join(dir, 'cpu-at-exit.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, String(u.user + u.system)); });\n",
);
const time = (args, script = [bin]) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-r', preload, ...script, ...args], {
    cwd: dir,
    env: { ...env, BENCH_CPU_FILE: cpuFile },
    stdio: 'ignore',
  });
  if (result.error) throw result.error;
  const wall = performance.now() - start;
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) / 1000, status: result.status };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  writeFileSync(join(dir, 'base.md'), base);
  writeFileSync(join(dir, 'theirs.md'), theirs);
  /** One merge, as git runs it: OURS is rewritten in place, so each run starts from a fresh copy. */
  const merge = () => {
    writeFileSync(join(dir, 'README.md'), ours);
    const took = time(['merge-driver', 'base.md', 'README.md', 'theirs.md', 'reports/README.md']);
    if (took.status !== 0)
      throw new Error(`merge-driver exited ${took.status}: the bench's merge should be clean`);
    return took;
  };
  const check = () => time(['check', 'README.md']);
  // Untimed: writes each command's code cache, as a student's second run has it.
  merge();
  check();
  const rounds = { merge: [], check: [], node: [] };
  for (let i = 0; i < runs; i++) {
    rounds.node.push(time(['-e', '0'], []));
    rounds.merge.push(merge());
    rounds.check.push(check());
  }
  const figure = (name) => ({
    wall: median(rounds[name].map((r) => r.wall)),
    cpu: median(rounds[name].map((r) => r.cpu)),
  });
  const [m, c, n] = [figure('merge'), figure('check'), figure('node')];
  console.log(`${runs} runs each, interleaved, bare node, load average ${loadavg()[0].toFixed(1)}:`);
  console.log(`  merge-driver  median ${m.wall.toFixed(1)} ms wall, ${m.cpu.toFixed(1)} ms CPU`);
  console.log(`  check         median ${c.wall.toFixed(1)} ms wall, ${c.cpu.toFixed(1)} ms CPU`);
  console.log(`  node -e 0     median ${n.wall.toFixed(1)} ms wall, ${n.cpu.toFixed(1)} ms CPU`);
  console.log(
    `  merge-driver / check  ${(m.wall / c.wall).toFixed(2)} wall, ${(m.cpu / c.cpu).toFixed(2)} CPU (target ≤ 1.5)`,
  );
} finally {
  if (process.env.KEEP === undefined) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
