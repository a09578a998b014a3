// The wizard's first frame as `../shared/bench/near-node-floor.py` measures it, without ../shared (a fresh clone has
// none): a real report (the one given, else the demo report in templates/), `--question 1 --fresh` in a 100x30
// pseudo-terminal until "Question 1" is written, bare `node` with NODE_EXTRA_CA_CERTS unset, against `node -e 0` and
// an Ink "hello" bundle built from our own node_modules (the floor of any Ink first frame), in interleaved rounds.
// INSTRUCTIONS=1 also counts the three once under valgrind's callgrind, each frame up to its marker (a preloaded
// script ends the process there): the figure to compare builds by on a loaded machine (docs/PERFORMANCE.md).
// Usage: npm run build && [INSTRUCTIONS=1] node bench/first-frame.js [ROUNDS] [REPORT.md]
// CLI=/other/checkout/bin/report-wizard.js measures another build the same way.
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 10);
const report = process.argv[3] ?? join(root, 'templates/demo/README.md');
const cli = process.env.CLI ?? join(root, 'bin/report-wizard.js');
// The markers the harness waits for: the question screen's title, and the hello bundle's one line.
const wizardMarker = 'Question 1';
const helloMarker = 'Question 1 hello';

if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log(
    'first-frame: skipped, util-linux `script` (which provides the pseudo-terminal) is not installed.',
  );
  process.exit(0);
}

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

const dir = await mkdtemp(join(tmpdir(), 'report-wizard-bench-'));
// As the harness: a home of its own (the code caches go to its cache folder), NODE_EXTRA_CA_CERTS unset (it adds the
// same certificate parse to every side and hides the difference), `node` from PATH run without a shell around it.
const env = { ...process.env, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), TERM: 'xterm-256color' };
delete env.NODE_EXTRA_CA_CERTS;

/** Milliseconds from spawning `args` (node's) until it exits; its stderr is shown, its stdout dropped. */
const timeToExit = (args) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('node', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
  });

/**
 * Milliseconds from spawning `command` in a 100x30 pseudo-terminal until its output holds `marker` (null if it never
 * does within 30 s: a guard against a hang, wide enough for a loaded machine's first, uncached run), then ends it. `script` runs it through a shell that sets the size and then `exec`s node: node
 * runs bare, and both framed sides pay the same for the terminal.
 */
const timeUntil = (command, marker) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], {
      cwd: dir,
      env: { ...env, SHELL: '/bin/sh' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    let elapsed = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', () => clearTimeout(timer));
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      if (elapsed === null && output.includes(marker)) {
        elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        // Closing the pseudo-terminal ends what runs in it (SIGHUP), wherever it is.
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () =>
      elapsed === null ? reject(new Error(`no "${marker}" in:\n${output}`)) : resolve(elapsed),
    );
  });

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

try {
  await copyFile(report, join(dir, 'README.md'));
  // The floor of any Ink first frame: one <Text> rendered by Ink and React, bundled in production mode.
  const hello = join(dir, 'hello.mjs');
  await build({
    stdin: {
      contents: `import { render, Text } from 'ink';\nrender(<Text>${helloMarker}</Text>);\n`,
      loader: 'jsx',
      resolveDir: root,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    outfile: hello,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': join(root, 'bench/empty-module.js') },
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  const wizard = `node ${quote(cli)} README.md --question 1 --fresh`;
  // Warm the disk cache and write the wizard's code cache, as the harness's first round does.
  await timeToExit(['-e', '0']);
  await timeUntil(wizard, wizardMarker);
  await timeUntil(`node ${quote(hello)}`, helloMarker);
  const node = [];
  const frame = [];
  const ink = [];
  for (let i = 0; i < rounds; i++) {
    node.push(await timeToExit(['-e', '0']));
    frame.push(await timeUntil(wizard, wizardMarker));
    ink.push(await timeUntil(`node ${quote(hello)}`, helloMarker));
  }
  const [n, f, h] = [median(node), median(frame), median(ink)];
  console.log(
    `node -e 0 ${n.toFixed(0)} ms | first frame ${f.toFixed(0)} ms = ${(f / n).toFixed(2)}x node = ` +
      `${(f / h).toFixed(2)}x Ink hello (${h.toFixed(0)} ms) | ${rounds} round${rounds === 1 ? '' : 's'}, medians | load ${loadavg()[0].toFixed(1)}`,
  );
  if (process.env.INSTRUCTIONS !== undefined) {
    const counted = join(dir, 'callgrind.txt');
    /** Instructions of node with `args`, in the pseudo-terminal, under callgrind. */
    const count = async (args) => {
      const valgrind = `valgrind --tool=callgrind --callgrind-out-file=/dev/null node ${args} 2>${quote(counted)}`;
      await new Promise((resolve, reject) => {
        const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${valgrind}`, '/dev/null'], {
          cwd: dir,
          env: { ...env, SHELL: '/bin/sh' },
          stdio: ['pipe', 'ignore', 'inherit'],
        });
        child.on('error', reject);
        child.on('close', resolve);
      });
      return Number(/Collected : (\d+)/.exec(await readFile(counted, 'utf8'))?.[1] ?? NaN);
    };
    /** A preload that ends the process the moment `marker` is written: before Ink's signal-exit wraps reallyExit. */
    const exitAt = async (name, marker) => {
      const path = join(dir, name);
      await writeFile(
        path,
        [
          'const reallyExit = process.reallyExit.bind(process);',
          'const write = process.stdout.write.bind(process.stdout);',
          'process.stdout.write = (chunk, ...rest) => {',
          '  const written = write(chunk, ...rest);',
          `  if (String(chunk).includes(${JSON.stringify(marker)})) reallyExit(0);`,
          '  return written;',
          '};',
        ].join('\n'),
      );
      return path;
    };
    const nodeCount = await count('-e 0');
    const frameCount = await count(
      `-r ${quote(await exitAt('wizard-exit.cjs', wizardMarker))} ${quote(cli)} README.md --question 1 --fresh`,
    );
    const inkCount = await count(`-r ${quote(await exitAt('hello-exit.cjs', helloMarker))} ${quote(hello)}`);
    const m = (c) => `${(c / 1e6).toFixed(0)} M`;
    console.log(
      `instructions: node -e 0 ${m(nodeCount)} | first frame ${m(frameCount)} = ${(frameCount / nodeCount).toFixed(2)}x node = ` +
        `${(frameCount / inkCount).toFixed(2)}x Ink hello (${m(inkCount)})`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
