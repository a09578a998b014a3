import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
// Under CI a missing tmux fails these tests instead of skipping them.
const run = hasTmux() || process.env.CI === 'true';
if (!run) console.log('Skipping the wizard code cache test: tmux is not installed.');

let dir: string;
let term: Term | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(run)("the wizard's code cache", () => {
  beforeAll(requireCurrentDist);

  test('should be made by the first session in a terminal, and read, not written again, by the next', async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-wizard-cache-'));
    await mkdir(join(dir, 'reports'));
    await copyFile(fixture, join(dir, 'reports', 'README.md'));
    const cache = join(dir, 'cache', 'report-wizard');
    const session = async (): Promise<void> => {
      term = startTerm([process.execPath, bin, 'reports/README.md'], {
        cwd: dir,
        env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache') },
      });
      await term.waitFor('↑↓ select', 15_000);
      term.keys('q');
      expect(await term.exitCode()).toBe(0);
      term.close();
      term = null;
    };
    const version = process.version.replace(/\./g, '\\.');
    await session();
    const names = (await readdir(cache)).sort();
    expect(names).toEqual([
      expect.stringMatching(new RegExp(`^core-[0-9a-f]{16}-default-${version}\\.v8cache$`)),
      expect.stringMatching(new RegExp(`^wizard-[0-9a-f]{16}-${version}\\.v8cache$`)),
    ]);
    const written = (await stat(join(cache, names[1]!))).mtimeMs;
    await session();
    expect((await readdir(cache)).sort()).toEqual(names);
    expect((await stat(join(cache, names[1]!))).mtimeMs).toBe(written);
  });

  test('should be left behind by a session killed as soon as its first frame shows, and used by the next', async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-wizard-cache-kill-'));
    await mkdir(join(dir, 'reports'));
    await copyFile(fixture, join(dir, 'reports', 'README.md'));
    const cache = join(dir, 'cache', 'report-wizard');
    // As a terminal closed at once, or a benchmark that stops the clock at the frame: no exit handler runs.
    const killedAtFirstFrame = async (): Promise<void> => {
      term = startTerm([process.execPath, bin, 'reports/README.md'], {
        cwd: dir,
        env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache') },
      });
      await term.waitFor('↑↓ select', 15_000);
      process.kill(term.pid(), 'SIGKILL');
      expect(await term.exitCode()).toBe(128 + 9);
      term.close();
      term = null;
    };
    const times = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(cache)).map(async (name): Promise<[string, number]> => [
            name,
            (await stat(join(cache, name))).mtimeMs,
          ]),
        ),
      );
    const version = process.version.replace(/\./g, '\\.');
    await killedAtFirstFrame();
    const first = await times();
    expect(Object.keys(first).sort()).toEqual([
      expect.stringMatching(new RegExp(`^core-[0-9a-f]{16}-default-${version}\\.v8cache$`)),
      expect.stringMatching(new RegExp(`^wizard-[0-9a-f]{16}-${version}\\.v8cache$`)),
    ]);
    // Read and accepted by the next start: V8 rejecting a cache would have it written again.
    await killedAtFirstFrame();
    expect(await times()).toEqual(first);
  });
});
