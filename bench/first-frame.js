// Time from start to the wizard's first frame in a pseudo-terminal, as a ratio to Node's own start (target: 3.3).
// Usage: npm run build && [INSTRUCTIONS=1] node bench/first-frame.js [runs] [cli.js]
// Runs the CLI under util-linux `script`, which gives it a real pseudo-terminal, and stops the clock when the
// overview's header has been written. Node's own start-up in the same terminal is measured in turn with it, through
// the same shell command (the same `stty` first), so the ratio holds only the wizard's own time. INSTRUCTIONS=1 also
// counts both sides' instructions once under valgrind's callgrind, the wizard's up to its first frame
// (a preloaded script ends it there); the machine's load does not change those.
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { URL, fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 10);
const cli = process.argv[3] ?? fileURLToPath(new URL('../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../test/fixtures/reports/minimal-2026.md', import.meta.url));

if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log(
    'first-frame: skipped, util-linux `script` (which provides the pseudo-terminal) is not installed.',
  );
  process.exit(0);
}

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Milliseconds from spawning `command` in a pseudo-terminal until its output contains `marker`. */
const timeUntil = (command, marker, cwd, env, quit) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    let elapsed = null;
    // A marker that never comes (the header changed) must not hang the benchmark: give up after 20 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', () => clearTimeout(timer));
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      if (elapsed === null && output.includes(marker)) {
        elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        if (quit) child.stdin.write(quit);
      }
    });
    child.on('error', reject);
    child.on('close', () =>
      elapsed === null ? reject(new Error(`no "${marker}" in:\n${output}`)) : resolve(elapsed),
    );
  });

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const summary = (times) =>
  `median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'report-wizard-bench-'));
try {
  await copyFile(fixture, join(dir, 'README.md'));
  const env = { ...process.env, REPORT_WIZARD_STATE_DIR: join(dir, 'state'), COLUMNS: '80', LINES: '24' };
  // Both sides set the terminal's size first: the wizard needs it, and Node alone pays the same for it.
  const stty = 'stty cols 80 rows 24; ';
  const node = [];
  const wizard = [];
  for (let i = 0; i < runs; i++) {
    node.push(
      await timeUntil(`${stty}${quote(process.execPath)} -e "console.log('ready')"`, 'ready', dir, env),
    );
    wizard.push(
      await timeUntil(
        `${stty}${quote(process.execPath)} ${quote(cli)} README.md --fresh`,
        // The header's report.py verdict: "report.py 4/31 pass".
        ' pass · ',
        dir,
        env,
        'q',
      ),
    );
  }
  console.log(`node start-up:      ${summary(node)} (${runs} runs)`);
  console.log(`wizard first frame: ${summary(wizard)} (${runs} runs)`);
  const ratio = median(wizard) / median(node);
  console.log(
    `ratio of medians:   ${ratio.toFixed(2)} x node (target <= 3.3), load average ${loadavg()[0].toFixed(1)}`,
  );
  if (process.env.INSTRUCTIONS !== undefined) {
    const counted = join(dir, 'callgrind.txt');
    const count = async (args) => {
      const valgrind = `valgrind --tool=callgrind --callgrind-out-file=/dev/null ${quote(process.execPath)}`;
      // stderr goes to a file: in the pseudo-terminal it would mix with the frame.
      await timeUntil(`${stty}${valgrind} ${args} 2>${quote(counted)}; echo counted`, 'counted', dir, env);
      return Number(/Collected : (\d+)/.exec(await readFile(counted, 'utf8'))?.[1] ?? NaN);
    };
    const nodeCount = await count(`-e "console.log('ready')"`);
    // Ends the wizard the moment its first frame is written. process.reallyExit is taken before Ink's signal-exit
    // wraps it (which would unmount the app and draw once more).
    const early = join(dir, 'exit-at-first-frame.cjs');
    await writeFile(
      early,
      [
        'const reallyExit = process.reallyExit.bind(process);',
        'const write = process.stdout.write.bind(process.stdout);',
        'process.stdout.write = (chunk, ...rest) => {',
        '  const written = write(chunk, ...rest);',
        `  if (String(chunk).includes(' pass · ')) reallyExit(0);`,
        '  return written;',
        '};',
      ].join('\n'),
    );
    const wizardCount = await count(`-r ${quote(early)} ${quote(cli)} README.md --fresh`);
    console.log(
      `instructions:       node ${(nodeCount / 1e6).toFixed(0)} M, wizard to its first frame ${(wizardCount / 1e6).toFixed(0)} M: ${(wizardCount / nodeCount).toFixed(2)} x node`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
