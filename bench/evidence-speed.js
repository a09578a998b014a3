// Time of `report-wizard evidence --json` on a generated git repository of 5,000 tracked files.
//   npm run build && node bench/evidence-speed.js [FILES] [RUNS]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const count = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 7);
const cli = resolve(import.meta.dirname, '../bin/report-wizard.js');
const root = mkdtempSync(join(tmpdir(), 'rw-evidence-speed-'));
const put = (path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
copyFileSync(resolve(import.meta.dirname, '../templates/demo/README.md'), join(root, 'README.md'));
put('reports/README.md', '');
copyFileSync(resolve(import.meta.dirname, '../templates/demo/README.md'), join(root, 'reports/README.md'));
// Code, configuration, notes and a few large files, in folders 50 wide.
const body = (i) =>
  [
    `"""Module ${i}."""`,
    'import os',
    i % 97 === 0 ? 'import wandb' : 'import json',
    '',
    ...Array.from({ length: 60 }, (_, j) => `def f${j}(x: int) -> int:\n    return x + ${i * j}\n`),
  ].join('\n');
for (let i = 0; i < count; i++) {
  const folder = `src/pkg/m${Math.floor(i / 50)}`;
  if (i % 10 === 0) put(`configs/c${i}.yaml`, `lr: 0.${i}\nbatch_size: 32\nnum_workers: 4\n`);
  else if (i % 10 === 1) put(`docs/n${i}.md`, `# Note ${i}\n\nWe use hydra and gs://bucket.\n`);
  else if (i % 500 === 2) put(`${folder}/big${i}.csv`, 'x,y\n'.repeat(100_000));
  else put(`${folder}/f${i}.py`, body(i));
}
execFileSync('git', ['init', '-q'], { cwd: root });
execFileSync('git', ['add', '-A'], { cwd: root });
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n').length;
// CPU time of finished children (user + system, in clock ticks of 10 ms), from /proc: on a loaded machine the wall
// time mostly measures the other processes.
const childTicks = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return Number(fields[13]) + Number(fields[14]);
};
const times = [];
const cpu = [];
for (let r = 0; r < runs; r++) {
  const ticks = childTicks();
  const started = performance.now();
  execFileSync(process.execPath, [cli, 'evidence', root, '--json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  times.push(performance.now() - started);
  cpu.push((childTicks() - ticks) * 10);
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
process.stdout.write(
  `evidence --json on ${tracked} tracked files: wall median ${Math.round(median(times))} ms (min ${Math.round(times[0])} ms), CPU median ${median(cpu)} ms, ${runs} runs, load average ${loadavg()[0].toFixed(1)}\n`,
);
if (process.env.KEEP === undefined) rmSync(root, { recursive: true, force: true });
else process.stdout.write(`kept ${root}\n`);
