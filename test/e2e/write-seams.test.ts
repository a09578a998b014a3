import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { tempFolders } from '../helpers/temp-folders.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const folder = tempFolders();

beforeAll(requireCurrentDist);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built CLI to its end (or `killAfterMs`, then SIGKILL, which the test sees as a signal). */
const run = async (args: string[], options: { cwd?: string; killAfterMs?: number } = {}): Promise<Run> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });

/** A fresh folder holding README.md with the fixture; its real path, since locks sit beside the real file. */
const reportIn = (): { dir: string; path: string } => {
  const dir = realpathSync(folder('rw-seams-'));
  writeFileSync(join(dir, 'README.md'), fixture);
  return { dir, path: join(dir, 'README.md') };
};

describe('a report with other names', () => {
  it('should refuse a hard-linked report with one line and exit 2, both names keeping their bytes', async () => {
    const { dir, path } = reportIn();
    linkSync(path, join(dir, 'copy.md'));
    const result = await run(['answer', '1', path, '--text', 'New.']);
    expect([result.code, result.stderr]).toEqual([
      2,
      `report-wizard: ${path} has 1 other hard link: a write would leave it on the old text, so nothing was written. Copy the file to a name of its own (cp README.md x && mv x README.md) and run the command again.\n`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(fixture);
    expect(readFileSync(join(dir, 'copy.md'), 'utf8')).toBe(fixture);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'copy.md']);
  });

  it("should write a report whose other link is a killed writer's temporary file, and remove that", async () => {
    const { dir, path } = reportIn();
    const dead = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
    );
    // Killed between linking its file in and removing the temporary name.
    linkSync(path, join(dir, `.README.md.report-wizard-${dead}.tmp`));
    const result = await run(['answer', '1', path, '--text', 'New.']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});

const lockName = '.README.md.report-wizard.lock';

describe('a lock that is no lock', () => {
  const makers: [string, string, (lock: string) => void][] = [
    ['a folder', 'a folder', (lock) => mkdirSync(lock)],
    ['a dangling symbolic link', 'a symbolic link', (lock) => symlinkSync('nowhere', lock)],
    ['a FIFO', 'a FIFO (named pipe)', (lock) => execFileSync('mkfifo', [lock])],
    ['a symbolic link to /dev/zero', 'a symbolic link', (lock) => symlinkSync('/dev/zero', lock)],
  ];

  // All four at once: each waits the writers' 10 s before it gives up.
  it('should make answer wait 10 s, then say so in one line and exit 2, for a folder, a dangling link, a FIFO and a link to /dev/zero', async () => {
    const cases = makers.map(([, named, make]) => {
      const { dir, path } = reportIn();
      const lock = join(dir, lockName);
      make(lock);
      return { path, lock, named, dir };
    });
    const results = await Promise.all(
      cases.map(async ({ path }) => run(['answer', '1', path, '--text', 'New.'], { killAfterMs: 25_000 })),
    );
    for (const [index, result] of results.entries()) {
      const { path, lock, named, dir } = cases[index]!;
      expect([result.signal, result.code, result.stderr]).toEqual([
        null,
        2,
        `report-wizard: ${path} cannot be written: its lock ${lock} is ${named}, not a lock report-wizard made: nothing was written. Remove it and try again.\n`,
      ]);
      expect(result.ms).toBeGreaterThanOrEqual(10_000);
      expect(readFileSync(path, 'utf8')).toBe(fixture);
      expect(readdirSync(dir).sort()).toEqual([lockName, 'README.md']);
    }
  }, 40_000);
});

// A file system of 64 KiB, full but for a few bytes: needs root (mount). Only root can test a full disk this way.
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

describe('a full disk', () => {
  const mounted: string[] = [];
  afterAll(() => {
    for (const point of mounted) {
      spawnSync('umount', [point]);
      rmdirSync(point);
    }
  });

  it.skipIf(!canMount)(
    'should leave no empty lock behind when the disk is full, and exit 2 with one line',
    async () => {
      const dir = realpathSync(folder('rw-full-'));
      const point = join(dir, 'disk');
      mkdirSync(point);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', point]);
      mounted.push(point);
      const path = join(point, 'README.md');
      writeFileSync(path, fixture);
      // Fill what is left: a write of more than a page then fails with ENOSPC.
      spawnSync('sh', ['-c', `cat /dev/zero > ${join(point, 'filler')}`]);
      const result = await run(['answer', '1', path, '--text', 'New.']);
      expect([result.code, result.stderr]).toEqual([
        2,
        `report-wizard: No space left to write ${path}: nothing was written.\n`,
      ]);
      expect(readFileSync(path, 'utf8')).toBe(fixture);
      expect(readdirSync(point).sort()).toEqual(['README.md', 'filler']);
    },
  );
});

describe('preview --out', () => {
  /** A repository-like folder: reports/README.md, an earlier page and a file of the student's. */
  const project = () => {
    const dir = realpathSync(folder('rw-preview-out-'));
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'README.md'), fixture);
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    writeFileSync(join(dir, 'page.html'), '<h1>Exam template for 02476 Machine Learning Operations</h1>\n');
    return dir;
  };
  const noPython = ['--python', 'no-such-python-report-wizard'];

  it('should refuse the report itself, even with --force, exit 2 and leave it byte for byte', async () => {
    const dir = project();
    for (const extra of [[], ['--force']]) {
      const result = await run(['preview', '--out', 'reports/README.md', ...extra, ...noPython], {
        cwd: dir,
      });
      expect([result.code, result.stdout, result.stderr]).toEqual([
        2,
        '',
        'report-wizard: --out reports/README.md is the report itself: nothing was written. Name another file, such as report.html.\n',
      ]);
    }
    expect(readFileSync(join(dir, 'reports', 'README.md'), 'utf8')).toBe(fixture);
  });

  it('should refuse an existing file that is no earlier preview unless --force', async () => {
    const dir = project();
    const refused = await run(['preview', '--out', 'notes.txt', ...noPython], { cwd: dir });
    expect([refused.code, refused.stderr]).toEqual([
      2,
      'report-wizard: --out notes.txt exists and is not an earlier preview: nothing was written. Name another file, or add --force to replace it.\n',
    ]);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
    // Past the check with --force, or over an earlier page: on to finding python, which here does not exist.
    for (const args of [
      ['--out', 'notes.txt', '--force'],
      ['--out', 'page.html'],
      ['--out', 'new.html'],
    ]) {
      const result = await run(['preview', ...args, ...noPython], { cwd: dir });
      expect([result.code, result.stderr]).toEqual([
        2,
        'report-wizard: No python found (tried no-such-python-report-wizard): install Python 3, then "python3 -m pip install markdown", or name one with --python.\n',
      ]);
    }
  });
});

describe('links out of the repository', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });

  it('should not read a tracked link to /proc/self/pagemap in status or evidence', async () => {
    const dir = realpathSync(folder('rw-pagemap-'));
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'README.md'), fixture);
    symlinkSync('/proc/self/pagemap', join(dir, 'train.py'));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'a link');
    const [status, evidence] = await Promise.all([
      run(['status', 'reports/README.md'], { cwd: dir, killAfterMs: 20_000 }),
      run(['evidence', 'reports/README.md', '--json'], { cwd: dir, killAfterMs: 20_000 }),
    ]);
    expect([status.signal, status.code, status.stderr]).toEqual([null, 0, '']);
    expect([evidence.signal, evidence.code, evidence.stderr]).toEqual([null, 0, '']);
    expect(JSON.stringify(JSON.parse(evidence.stdout))).not.toContain('train.py');
  }, 30_000);

  it('should refuse a report that is a link to /proc/self/pagemap in one line, exit 2', async () => {
    const dir = realpathSync(folder('rw-pagemap-report-'));
    symlinkSync('/proc/self/pagemap', join(dir, 'README.md'));
    const result = await run(['check', join(dir, 'README.md')], { killAfterMs: 20_000 });
    expect([result.signal, result.code]).toEqual([null, 2]);
    expect(result.stderr).toBe(`report-wizard: ${join(dir, 'README.md')}: cannot be read (EINVAL).\n`);
  }, 30_000);
});
