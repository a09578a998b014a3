import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixReport } from '../../src/report/fix-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { setChecked } from '../../src/report/set-checked.js';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
// The fixture has 11 checklist items; a twelfth makes room for 12 parallel toggles.
const lastItem = '* [ ] Push all the code to GitHub\n';
const twelveItems = fixture.replace(lastItem, `${lastItem}* [ ] Fill in the report with report-wizard\n`);
const isRoot = process.getuid?.() === 0;
const lockName = '.README.md.report-wizard.lock';
const folder = tempFolders();

// These tests run the built CLI: without a current dist/ they would test other code.
beforeAll(requireCurrentDist);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the built CLI; `done` settles when it has exited. */
let sharedBin: string | null = null;
/**
 * The CLI as another user can run it: the checkout may sit in a folder only root may enter (a `mktemp -d` clone), so
 * bin/, dist/ and templates/ are copied once into a folder everyone may read.
 */
const binForOthers = (): string => {
  if (sharedBin !== null) return sharedBin;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const copy = folder('rw-writers-cli-');
  for (const part of ['bin', 'dist', 'templates'])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  chmodSync(copy, 0o755);
  sharedBin = join(copy, 'bin', 'report-wizard.js');
  return sharedBin;
};

const start = (
  args: string[],
  options: { uid?: number; gid?: number } = {},
): { child: ChildProcess; done: Promise<Run> } => {
  const program = options.uid === undefined ? bin : binForOthers();
  const child = spawn(process.execPath, [program, ...args], {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
};

const run = async (args: string[], options: { uid?: number; gid?: number } = {}): Promise<Run> =>
  start(args, options).done;

/** A fresh folder holding README.md with `text`; its real path, since locks sit beside the real file. */
const reportIn = (text: string): { dir: string; path: string } => {
  const dir = realpathSync(folder('rw-writers-'));
  writeFileSync(join(dir, 'README.md'), text);
  return { dir, path: join(dir, 'README.md') };
};

/** The pid of a process that has ended. */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

/** The fixture with question 31 grown to `megabytes` MB, so that writing it takes a while. */
const largeReport = (megabytes: number): string => {
  const placeholder = '--- question 31 fill here ---';
  const line = 'This sentence pads the report so that a write of it takes a while.\n';
  return fixture.replace(
    placeholder,
    `${placeholder}\n\n${line.repeat(Math.ceil((megabytes * 1e6) / line.length))}`,
  );
};

describe('parallel writers', () => {
  // Thirteen Node processes at once on a shared 2-core machine: give them time to start.
  it('should land 12 parallel answers on 12 questions and a parallel fix, all exiting 0', async () => {
    const { dir, path } = reportIn(fixture);
    const numbers = Array.from({ length: 12 }, (_, i) => i + 1);
    const runs = await Promise.all([
      ...numbers.map(async (n) => run(['answer', String(n), path, '--text', `Answer of question ${n}.`])),
      run(['fix', path]),
    ]);
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, '']));
    const answered = numbers.reduce(
      (text, n) => setAnswer(parseReport(text), n, `Answer of question ${n}.`),
      fixture,
    );
    // The fix and the answers touch different questions' placeholders: in any order they give one text.
    const fixedLast = fixReport(parseReport(answered)).text;
    const fixedFirst = numbers.reduce(
      (text, n) => setAnswer(parseReport(text), n, `Answer of question ${n}.`),
      fixReport(parseReport(fixture)).text,
    );
    expect(fixedFirst).toBe(fixedLast);
    expect(readFileSync(path, 'utf8')).toBe(fixedLast);
    expect(readdirSync(dir)).toEqual(['README.md']);
  }, 60_000);

  it('should land 12 parallel toggles of 12 items, all exiting 0', async () => {
    const { dir, path } = reportIn(twelveItems);
    const indexes = parseReport(twelveItems).items.map((item) => item.index);
    expect(indexes).toHaveLength(12);
    const runs = await Promise.all(indexes.map(async (i) => run(['toggle', String(i), path])));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, '']));
    const expected = indexes.reduce((text, i) => setChecked(parseReport(text), i, true), twelveItems);
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(parseReport(expected).items.every((item) => item.checked)).toBe(true);
    expect(readdirSync(dir)).toEqual(['README.md']);
  }, 60_000);
});

describe('killed writers', () => {
  it('should never leave a partial report when a large write is killed (-9), and the next write cleans up', async () => {
    const { dir, path } = reportIn(largeReport(8));
    let onDisk = readFileSync(path, 'utf8');
    // A first, whole write says how long one takes on this machine; the kills fall anywhere within that.
    const began = Date.now();
    expect((await run(['answer', '5', path, '--text', 'round 0'])).code).toBe(0);
    const duration = Date.now() - began;
    onDisk = setAnswer(parseReport(onDisk), 5, 'round 0');
    expect(readFileSync(path, 'utf8')).toBe(onDisk);
    for (let round = 1; round <= 6; round += 1) {
      const next = setAnswer(parseReport(onDisk), 5, `round ${round}`);
      const { child, done } = start(['answer', '5', path, '--text', `round ${round}`]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * duration));
      child.kill('SIGKILL');
      await done;
      const now = readFileSync(path, 'utf8');
      expect([onDisk, next]).toContain(now);
      onDisk = now;
    }
    const last = await run(['answer', '6', path, '--text', 'after the kills']);
    expect([last.code, last.stderr]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8')).toBe(setAnswer(parseReport(onDisk), 6, 'after the kills'));
    expect(readdirSync(dir)).toEqual(['README.md']);
  }, 120_000);

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'should remove its temporary file and lock when %s ends it mid-write, and end by that signal',
    async (signal) => {
      const { dir, path } = reportIn(largeReport(16));
      const before = readFileSync(path, 'utf8');
      const after = setAnswer(parseReport(before), 5, 'signalled');
      // The signal goes out the moment the temporary file appears.
      const watcher = watch(dir);
      const { child, done } = start(['answer', '5', path, '--text', 'signalled']);
      watcher.on('change', (_, name) => {
        if (String(name).endsWith('.tmp')) child.kill(signal);
      });
      const ended = await done;
      watcher.close();
      expect([0, null]).toContain(ended.code);
      if (ended.code === null) expect(ended.signal).toBe(signal);
      expect([before, after]).toContain(readFileSync(path, 'utf8'));
      expect(readdirSync(dir)).toEqual(['README.md']);
    },
    60_000,
  );

  it("should take over a dead writer's lock and remove its temporary files", async () => {
    const { dir, path } = reportIn(fixture);
    const pid = deadPid();
    writeFileSync(join(dir, lockName), `${pid} 12345 ${hostname()} 1\n`);
    writeFileSync(join(dir, `.README.md.report-wizard-${pid}.tmp`), fixture.slice(0, 100));
    writeFileSync(join(dir, `.README.md.${pid}.1764600000000.tmp`), fixture.slice(0, 100));
    writeFileSync(join(dir, `${lockName}.${pid}.1.stale`), `${pid} 1 ${hostname()} 1\n`);
    const result = await run(['answer', '1', path, '--text', 'taken over']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8')).toBe(setAnswer(parseReport(fixture), 1, 'taken over'));
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('should give up on a live writer that holds the lock too long with one line and exit 2', async () => {
    const { dir, path } = reportIn(fixture);
    // This test's own process: alive for as long as the command waits.
    const holder = `${process.pid}  ${hostname()} 1\n`;
    writeFileSync(join(dir, lockName), holder);
    const result = await run(['answer', '1', path, '--text', 'waited']);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `report-wizard: ${path} is being written by another process (pid ${process.pid}) for more than 10 s: nothing was written. Try again; if no report-wizard is running, delete ${join(dir, lockName)}.\n`,
    });
    expect(readFileSync(path, 'utf8')).toBe(fixture);
    expect(readFileSync(join(dir, lockName), 'utf8')).toBe(holder);
  }, 60_000);
});

describe('refusals', () => {
  it('should name the folder when a writable report sits in a folder where no temporary file can be made', async () => {
    const { dir, path } = reportIn(fixture);
    // Root may write anywhere: the command runs as a user who owns the report but not its folder.
    const as = isRoot ? { uid: 1000, gid: 1000 } : {};
    if (isRoot) {
      chownSync(path, 1000, 1000);
      chmodSync(dir, 0o755);
    } else chmodSync(dir, 0o555);
    const result = await run(['answer', '1', path, '--text', 'x'], as);
    chmodSync(dir, 0o755);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `report-wizard: ${path} cannot be replaced: no temporary file can be created in the folder ${dir} (permission denied), so nothing was written.\n`,
    });
    expect(readFileSync(path, 'utf8')).toBe(fixture);
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('should refuse a symlink loop given as the report with one line', async () => {
    const { dir, path } = reportIn(fixture);
    const loop = join(dir, 'loop.md');
    symlinkSync('loop.md', loop);
    const line = `report-wizard: ${loop} is a symbolic link loop (it leads back to itself): point it at the report, or give the report itself.\n`;
    for (const args of [
      ['check', loop],
      ['answer', '1', loop, '--text', 'x'],
      ['toggle', '1', loop],
    ]) {
      expect(await run(args)).toEqual({ code: 2, signal: null, stdout: '', stderr: line });
    }
    expect(readFileSync(path, 'utf8')).toBe(fixture);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'loop.md']);
  });

  it('should refuse a FIFO or a device given as the report at once, without reading it', async () => {
    const { dir } = reportIn(fixture);
    const fifo = join(dir, 'fifo.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Reading the FIFO would block until a writer came: none ever does, so a read would hang the test.
    const fifoLine = `report-wizard: ${fifo} is a FIFO (named pipe), not a report file: give the path of the report itself.\n`;
    for (const args of [
      ['check', fifo],
      ['answer', '1', fifo, '--text', 'x'],
      ['fix', fifo],
    ]) {
      expect(await run(args)).toEqual({ code: 2, signal: null, stdout: '', stderr: fifoLine });
    }
    expect(await run(['check', '/dev/zero'])).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'report-wizard: /dev/zero is a device, not a report file: give the path of the report itself.\n',
    });
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'fifo.md']);
  });

  it('should refuse check --json with --format text (or github) with one line', async () => {
    const { path } = reportIn(fixture);
    for (const format of ['text', 'github']) {
      expect(await run(['check', '--json', '--format', format, path])).toEqual({
        code: 2,
        signal: null,
        stdout: '',
        stderr: `report-wizard: Give --json or --format ${format}, not both: --json means --format json.\n`,
      });
    }
    expect((await run(['check', '--json', '--format', 'json', path])).code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(fixture);
  });
});

describe('owner and mode', () => {
  if (!isRoot)
    console.log('Skipping the owner test: only root can give a file to another user (run as root).');
  it.runIf(isRoot)("should keep a student's owner, group and mode when root writes the report", async () => {
    const { dir, path } = reportIn(fixture);
    chownSync(path, 1000, 1000);
    chmodSync(path, 0o640);
    const result = await run(['answer', '1', path, '--text', 'written by root']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const { uid, gid, mode } = statSync(path);
    expect({ uid, gid, mode: mode & 0o7777 }).toEqual({ uid: 1000, gid: 1000, mode: 0o640 });
    expect(readFileSync(path, 'utf8')).toBe(setAnswer(parseReport(fixture), 1, 'written by root'));
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});
