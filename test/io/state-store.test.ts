import { hostname } from 'node:os';
import { ownIdentity } from '../../src/io/process-identity.js';
import { execFileSync, spawn } from 'node:child_process';
import { lstat, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { stateFile } from '../../src/io/state-file.js';
import {
  type SavedDraft,
  type SavedState,
  createStateStore,
  memoryStateStore,
} from '../../src/io/state-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const state: SavedState = {
  screen: 'question',
  question: 12,
  drafts: [{ question: 12, text: 'half an answer', base: '' }],
};
const path = '/home/s/project/reports/README.md';
const stored = async (): Promise<unknown> =>
  JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as unknown;
const env = () => ({ REPORT_WIZARD_STATE_DIR: dir });
const draft = (question: number, text: string): SavedDraft => ({ question, text, base: '' });
const at = (question: number, drafts: SavedDraft[]): SavedState => ({ screen: 'question', question, drafts });

/** Polls until `check` holds, failing after a deadline: no fixed sleeps on a loaded machine. */
const until = async (check: () => Promise<boolean>, deadlineMs = 10_000): Promise<void> => {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

test('should keep state per absolute path in REPORT_WIZARD_STATE_DIR, dots and all', async () => {
  const store = createStateStore(env());
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
  expect(await createStateStore(env()).get(path)).toEqual(state);
});

test('should write a change within its delay without a flush', async () => {
  const store = createStateStore(env(), 50);
  await store.get(path);
  store.set(path, { ...state, question: 1 });
  store.set(path, state);
  await until(async () => (await readFile(join(dir, 'state.json'), 'utf8').catch(() => '')) !== '');
  expect(await stored()).toEqual({ [path]: state });
});

test('should answer with state not yet written', async () => {
  const store = createStateStore(env(), 10_000);
  store.set(path, state);
  expect(await store.get(path)).toEqual(state);
  await store.flush();
});

test('should know nothing about a report never opened', async () => {
  expect(await createStateStore(env()).get(path)).toBeNull();
});

test('should ignore saved state of the wrong shape', async () => {
  await writeFile(
    join(dir, 'state.json'),
    JSON.stringify({ [path]: { screen: 'question', question: 'x', drafts: [] } }),
  );
  expect(await createStateStore(env()).get(path)).toBeNull();
});

test('should read the state conf wrote, and keep records it does not know', async () => {
  const other = { screen: 'overview', question: 3, drafts: [], extra: true };
  await writeFile(
    join(dir, 'state.json'),
    JSON.stringify({ [path]: state, '/x/README.md': other, __internal__: { v: 1 } }, null, '\t'),
  );
  const store = createStateStore(env());
  expect(await store.get(path)).toEqual(state);
  store.set(path, { ...state, screen: 'checklist' });
  await store.flush();
  expect(await stored()).toEqual({
    [path]: { ...state, screen: 'checklist' },
    '/x/README.md': other,
    __internal__: { v: 1 },
  });
});

test('should keep both drafts when two wizards on one report save', async () => {
  const one = createStateStore(env(), 10_000);
  const two = createStateStore(env(), 10_000);
  expect(await one.get(path)).toBeNull();
  expect(await two.get(path)).toBeNull();
  one.set(path, at(5, [draft(5, 'five')]));
  two.set(path, at(7, [draft(7, 'seven')]));
  await one.flush();
  await two.flush();
  expect(await stored()).toEqual({ [path]: at(7, [draft(5, 'five'), draft(7, 'seven')]) });
  // Each goes on typing in its own question: the other's draft stays.
  one.set(path, at(5, [draft(5, 'five more')]));
  await one.flush();
  expect(await stored()).toEqual({ [path]: at(5, [draft(5, 'five more'), draft(7, 'seven')]) });
});

test('should not bring back a draft another wizard wrote to the report', async () => {
  const one = createStateStore(env(), 10_000);
  await one.get(path);
  one.set(path, at(5, [draft(5, 'five')]));
  await one.flush();
  // The second wizard resumes the draft, writes it to the report, and so drops it.
  const two = createStateStore(env(), 10_000);
  expect(await two.get(path)).toEqual(at(5, [draft(5, 'five')]));
  two.set(path, at(6, []));
  await two.flush();
  expect(await stored()).toEqual({ [path]: at(6, []) });
  // The first moves on without touching question 5: its old draft must stay gone.
  one.set(path, at(8, [draft(5, 'five'), draft(8, 'eight')]));
  await one.flush();
  expect(await stored()).toEqual({ [path]: at(8, [draft(8, 'eight')]) });
});

test('should create the folder 0700 and the file 0600, and leave no lock or temporary file', async () => {
  const folder = join(dir, 'nested', 'state');
  const store = createStateStore({ REPORT_WIZARD_STATE_DIR: folder });
  store.set(path, state);
  await store.flush();
  expect((await stat(folder)).mode & 0o777).toBe(0o700);
  expect((await stat(join(folder, 'state.json'))).mode & 0o777).toBe(0o600);
  expect(await readdir(folder)).toEqual(['state.json']);
});

test('should make a 0644 state file from an earlier version 0600 on the next write', async () => {
  await writeFile(join(dir, 'state.json'), JSON.stringify({ [path]: state }), { mode: 0o644 });
  const store = createStateStore(env());
  await store.get(path);
  store.set(path, { ...state, question: 3 });
  await store.flush();
  expect((await stat(join(dir, 'state.json'))).mode & 0o777).toBe(0o600);
});

test('should move a corrupt store aside and say so, then start over', async () => {
  await writeFile(join(dir, 'state.json'), '{ not json', { mode: 0o644 });
  const store = createStateStore(env());
  const [saved, notice] = await Promise.all([store.get(path), store.notice?.()]);
  expect(saved).toBeNull();
  const names = await readdir(dir);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^state\.json\.corrupt-\d{8}T\d{6}\.\d{3}Z$/);
  const aside = join(dir, names[0] ?? '');
  expect(notice).toBe(`Unreadable saved state moved to ${names[0]} in ${dir}`);
  expect(await readFile(aside, 'utf8')).toBe('{ not json');
  expect((await stat(aside)).mode & 0o777).toBe(0o600);
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
});

test('should move a FIFO at the store’s place aside without hanging, say so, and start fresh', async () => {
  execFileSync('mkfifo', [join(dir, 'state.json')]);
  const store = createStateStore(env());
  const [saved, notice] = await Promise.all([store.get(path), store.notice?.()]);
  expect(saved).toBeNull();
  const names = await readdir(dir);
  expect(names).toHaveLength(1);
  expect(notice).toBe(`Saved state that is not a regular file moved to ${names[0]} in ${dir}`);
  expect((await lstat(join(dir, names[0] ?? ''))).isFIFO()).toBe(true);
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
});

test('should keep a store larger than the read bound aside, whole, and start fresh', async () => {
  const big = `{"${path}": ${JSON.stringify(state)}, "pad": "${'x'.repeat(16 * 1024 * 1024)}"}`;
  await writeFile(join(dir, 'state.json'), big);
  const store = createStateStore(env());
  const [saved, notice] = await Promise.all([store.get(path), store.notice?.()]);
  expect(saved).toBeNull();
  const names = await readdir(dir);
  expect(notice).toBe(`Saved state over 16 MiB moved to ${names[0]} in ${dir}`);
  expect((await stat(join(dir, names[0] ?? ''))).size).toBe(Buffer.byteLength(big));
});

test('should have no notice for a sound store, or for none at all', async () => {
  expect(await createStateStore(env()).notice?.()).toBeNull();
  await writeFile(join(dir, 'state.json'), JSON.stringify({ [path]: state }));
  expect(await createStateStore(env()).notice?.()).toBeNull();
});

test('should take over a lock left by a process that is gone', async () => {
  // No process has pid 4194304 (above Linux's pid_max): its lock is left from a crash.
  await writeFile(join(dir, 'state.json.lock'), `4194304 1 ${hostname()} 1\n`);
  const store = createStateStore(env(), 10_000, stateFile({ dir, isDefault: false }));
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
  expect(await readdir(dir)).toEqual(['state.json']);
});

test('should keep state it could not write while the lock was held, and write it on the next flush', async () => {
  await writeFile(join(dir, 'state.json.lock'), `${process.pid} ${ownIdentity().start} ${hostname()} 1\n`);
  const store = createStateStore(env(), 10_000, stateFile({ dir, isDefault: false }, { lockWaitMs: 50 }));
  store.set(path, state);
  await store.flush();
  expect(await readdir(dir)).toEqual(['state.json.lock']);
  await rm(join(dir, 'state.json.lock'));
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
});

test('should give up on a FIFO or a link to /dev/zero as its lock after its wait, without reading it', async () => {
  for (const make of [
    async (lock: string) => new Promise((resolve) => spawn('mkfifo', [lock]).on('exit', resolve)),
    async (lock: string) => symlink('/dev/zero', lock),
  ]) {
    const lock = join(dir, 'state.json.lock');
    await make(lock);
    const backing = stateFile({ dir, isDefault: false }, { lockWaitMs: 50 });
    await expect(backing.update(() => ({ [path]: state }))).rejects.toThrow(
      `The saved state ${dir}/state.json cannot be written: its lock ${lock} is ${(await lstat(lock)).isFIFO() ? 'a FIFO (named pipe)' : 'a symbolic link'}, not a lock report-wizard made: nothing was written. Remove it and try again.`,
    );
    expect(await readdir(dir)).toEqual(['state.json.lock']);
    await rm(lock);
  }
});

test('should land every draft when two processes flush at the same time', async () => {
  // The store as one ES module, so plain node processes can run it.
  const bundle = join(dir, 'store.mjs');
  await build({
    entryPoints: [new URL('../../src/io/state-store.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
  const child = `
    import { existsSync, writeFileSync } from 'node:fs';
    import { createStateStore } from ${JSON.stringify(bundle)};
    const [dir, path, first] = process.argv.slice(1);
    const store = createStateStore({ REPORT_WIZARD_STATE_DIR: dir + '/state' }, 60000);
    await store.get(path);
    writeFileSync(dir + '/ready-' + first, '');
    while (!existsSync(dir + '/go')) await new Promise((resolve) => setTimeout(resolve, 5));
    const drafts = [];
    for (let q = Number(first); q < Number(first) + 25; q += 1) {
      drafts.push({ question: q, text: 'draft ' + q, base: '' });
      store.set(path, { screen: 'question', question: q, drafts: [...drafts] });
      await store.flush();
    }
  `;
  const run = async (first: number): Promise<number | null> =>
    new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, ['--input-type=module', '-e', child, dir, path, String(first)], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      proc.on('error', reject);
      proc.on('exit', resolve);
    });
  const exits = Promise.all([run(1), run(101)]);
  await until(async () => (await readdir(dir)).filter((name) => name.startsWith('ready-')).length === 2);
  await writeFile(join(dir, 'go'), '');
  expect(await exits).toEqual([0, 0]);
  const saved = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8')) as Record<
    string,
    SavedState
  >;
  const questions = [
    ...Array.from({ length: 25 }, (_, i) => 1 + i),
    ...Array.from({ length: 25 }, (_, i) => 101 + i),
  ];
  expect(saved[path]?.drafts).toEqual(questions.map((q) => draft(q, `draft ${q}`)));
  expect(await readdir(join(dir, 'state'))).toEqual(['state.json']);
});

test('should keep state in memory for tests', async () => {
  const store = memoryStateStore();
  store.set(path, state);
  expect(await store.get(path)).toEqual(state);
  expect(store.saved.get(path)).toEqual(state);
});
