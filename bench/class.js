// Times `report-wizard class` on a folder of N group clones built here (default 200), and its peak memory at N/4 and
// N groups, so that memory is seen to stay flat in the number of groups. Each group is a clone of its own origin with
// 60 commits over the course (a third change the report), one branch, and a report that differs per group.
// Bare `node`, NODE_EXTRA_CA_CERTS unset. Target: 200 clones under 10 s on 2 cores.
// Usage: node scripts/build.js && node bench/class.js [GROUPS]
// KEEP=1 keeps the clones and says where; CLONES=DIR runs on clones kept before (same GROUPS), without building them.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const groups = Number(process.argv[2] ?? 200);
const bin = join(root, 'bin/report-wizard.js');
const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
const gitEnv = { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd, args, input) => execFileSync('git', args, { cwd, env: gitEnv, input, maxBuffer: 1 << 30 });
const report = readFileSync(join(root, 'templates/demo/README.md'), 'utf8');

/** A fast-import stream for group `g`: main with 60 commits in January 2026 and one side branch. */
const stream = (g) => {
  const out = [];
  let mark = 0;
  let time = Date.parse('2026-01-05T10:00:00Z') / 1000;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commitOn = (ref, from, message, files) => {
    mark++;
    time += 3 * 3600;
    out.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <b@example.com> ${time} +0100\n${data(message)}`);
    if (from !== null) out.push(`from :${from}\n`);
    for (const [path, text] of files) out.push(`M 100644 inline ${path}\n${data(text)}`);
    return mark;
  };
  let last = null;
  for (let i = 0; i < 60; i++) {
    const files = [[`src/file${i % 10}.py`, `print(${g}, ${i})\n`]];
    if (i % 3 === 0) files.push(['reports/README.md', `${report}\n<!-- group ${g} commit ${i} -->\n`]);
    last = commitOn('refs/heads/main', last, `commit ${i}`, files);
  }
  commitOn('refs/heads/draft', last - 5, 'draft', [
    ['reports/README.md', `${report}\n<!-- draft ${g} -->\n`],
  ]);
  return out.join('');
};

const dir = process.env.CLONES ?? mkdtempSync(join(tmpdir(), 'rw-bench-class-'));
const build = process.env.CLONES === undefined;
try {
  const clones = join(dir, 'clones');
  if (build) mkdirSync(clones);
  const started = performance.now();
  for (let g = 0; build && g < groups; g++) {
    const origin = join(dir, `origin${g}`);
    mkdirSync(origin);
    git(origin, ['init', '-q', '--bare', '-b', 'main']);
    git(origin, ['fast-import', '--quiet'], stream(g));
    git(clones, ['clone', '-q', '--no-checkout', origin, `group${String(g).padStart(3, '0')}`]);
  }
  if (build) console.log(`built ${groups} clones in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const run = (folder) => {
    const start = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, bin, 'class', folder, '--json'],
      {
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    const rows = JSON.parse(result.stdout).length;
    return {
      seconds: (performance.now() - start) / 1000,
      kb: Number(result.stderr.trim().split('\n').at(-1)),
      rows,
    };
  };
  // A quarter of the groups in a folder of their own, for the memory comparison.
  const quarter = join(dir, 'quarter');
  if (build) mkdirSync(quarter);
  for (let g = 0; build && g < groups / 4; g++) {
    const name = `group${String(g).padStart(3, '0')}`;
    git(quarter, ['clone', '-q', '--no-checkout', join(dir, `origin${g}`), name]);
  }
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const small = run(quarter);
  const full = run(clones);
  console.log(
    `class on ${small.rows} clones: ${small.seconds.toFixed(2)} s, ${Math.round(small.kb / 1024)} MB peak | ` +
      `on ${full.rows} clones: ${full.seconds.toFixed(2)} s, ${Math.round(full.kb / 1024)} MB peak | load ${load()}`,
  );
} finally {
  if (process.env.KEEP !== undefined && build) console.log(`kept ${dir}`);
  else if (build) rmSync(dir, { recursive: true, force: true });
}
