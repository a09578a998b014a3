// Times `report-wizard handin` against `report-wizard check` in the same run, interleaved, on a repository built
// here with 50 branches and 2,000 commits (git fast-import; a quarter of the commits change the report, and five
// branches hold a longer answer that main lacks, so the stranded answers and their history are read too).
// Bare `node`, NODE_EXTRA_CA_CERTS unset, as a student's shell has it. Target: handin under 0.5 s.
// Usage: node scripts/build.js && node bench/handin.js [RUNS]
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
const bin = join(root, 'bin/report-wizard.js');
const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
const gitEnv = { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd, args, input) => execFileSync('git', args, { cwd, env: gitEnv, input, maxBuffer: 1 << 30 });

const report = readFileSync(join(root, 'templates/demo/README.md'), 'utf8');
const firstAnswer = report.indexOf('Answer:') + 'Answer:'.length;
const longer = (n) =>
  `${report.slice(0, firstAnswer)}\n\n${Array.from({ length: 250 }, (_, i) => `b${n}w${i}`).join(' ')}\n${report.slice(firstAnswer)}`;

/** A fast-import stream: main with 1,020 commits, 49 branches of 20 commits each forking from it along the way. */
const stream = () => {
  const out = [];
  let mark = 0;
  let time = Date.parse('2025-12-01T10:00:00Z') / 1000;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commitOn = (ref, from, message, files) => {
    mark++;
    time += 60;
    out.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <b@example.com> ${time} +0100\n${data(message)}`);
    if (from !== null) out.push(`from :${from}\n`);
    for (const [path, text] of files) out.push(`M 100644 inline ${path}\n${data(text)}`);
    return mark;
  };
  const mainMarks = [];
  let last = null;
  for (let i = 0; i < 1020; i++) {
    const files = [[`src/file${i % 40}.py`, `print(${i})\n`]];
    if (i === 0 || i % 4 === 0) files.push(['reports/README.md', `${report}\n<!-- main ${i} -->\n`]);
    last = commitOn('refs/remotes/origin/main', last, `main ${i}`, files);
    mainMarks.push(last);
  }
  for (let b = 0; b < 49; b++) {
    // The five branches with a longer answer fork in the last week, as a report branch does; the others all along.
    let at = b < 5 ? mainMarks[1000 - 20 * b] : mainMarks[20 * b + 10];
    for (let i = 0; i < 20; i++) {
      const files = [[`src/branch${b}.py`, `print(${i})\n`]];
      if (i % 4 === 0)
        files.push(['reports/README.md', b < 5 ? longer(b) : `${report}\n<!-- branch ${b} ${i} -->\n`]);
      at = commitOn(`refs/remotes/origin/branch${b}`, at, `branch ${b} commit ${i}`, files);
    }
  }
  return out.join('');
};

const time = (args, cwd, script = [bin]) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...script, ...args], { cwd, env, stdio: 'ignore' });
  if (result.error) throw result.error;
  return performance.now() - start;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'rw-bench-handin-'));
try {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['fast-import', '--quiet'], stream());
  git(dir, ['remote', 'add', 'origin', 'https://github.com/example/bench.git']);
  git(dir, ['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);
  git(dir, ['branch', '-q', 'main', 'origin/main']);
  git(dir, ['branch', '-q', '--set-upstream-to', 'origin/main', 'main']);
  git(dir, ['reset', '-q', '--hard', 'main']);
  const commits = git(dir, ['rev-list', '--count', '--all']).toString().trim();
  const branches = git(dir, ['for-each-ref', 'refs/remotes/origin']).toString().trim().split('\n').length - 1;
  const handin = [];
  const check = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0'], dir, []));
    handin.push(time(['handin', '--json', '--deadline', '2099-01-24T00:00:00+01:00'], dir));
    check.push(time(['check', '--json'], dir));
  }
  console.log(
    `${commits} commits, ${branches} branches on origin; ${runs} runs each, interleaved, bare node:`,
  );
  console.log(
    `  report-wizard handin  median ${median(handin).toFixed(1)} ms, max ${Math.max(...handin).toFixed(1)} ms`,
  );
  console.log(
    `  report-wizard check   median ${median(check).toFixed(1)} ms, max ${Math.max(...check).toFixed(1)} ms`,
  );
  console.log(`  node -e 0             median ${median(bare).toFixed(1)} ms (the machine's load shows here)`);
  console.log(
    `  handin / check        ${(median(handin) / median(check)).toFixed(2)} (target: handin < 500 ms)`,
  );
} finally {
  if (process.env.KEEP === undefined) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
