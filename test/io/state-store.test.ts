import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type SavedState, createStateStore, memoryStateStore } from '../../src/io/state-store.js';

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
const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('should keep state per absolute path in REPORT_WIZARD_STATE_DIR, dots and all', async () => {
  const store = createStateStore({ REPORT_WIZARD_STATE_DIR: dir });
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
  expect(await createStateStore({ REPORT_WIZARD_STATE_DIR: dir }).get(path)).toEqual(state);
});

test('should write a change within its delay without a flush', async () => {
  const store = createStateStore({ REPORT_WIZARD_STATE_DIR: dir }, 50);
  await store.get(path);
  store.set(path, { ...state, question: 1 });
  store.set(path, state);
  await sleep(300);
  expect(await stored()).toEqual({ [path]: state });
});

test('should answer with state not yet written', async () => {
  const store = createStateStore({ REPORT_WIZARD_STATE_DIR: dir }, 10_000);
  store.set(path, state);
  expect(await store.get(path)).toEqual(state);
  await store.flush();
});

test('should know nothing about a report never opened', async () => {
  expect(await createStateStore({ REPORT_WIZARD_STATE_DIR: dir }).get(path)).toBeNull();
});

test('should ignore saved state of the wrong shape', async () => {
  await writeFile(
    join(dir, 'state.json'),
    JSON.stringify({ [path]: { screen: 'question', question: 'x', drafts: [] } }),
  );
  expect(await createStateStore({ REPORT_WIZARD_STATE_DIR: dir }).get(path)).toBeNull();
});

test('should start over when the state file is not JSON', async () => {
  await writeFile(join(dir, 'state.json'), '{ not json');
  const store = createStateStore({ REPORT_WIZARD_STATE_DIR: dir });
  expect(await store.get(path)).toBeNull();
  store.set(path, state);
  await store.flush();
  expect(await stored()).toEqual({ [path]: state });
});

test('should keep state in memory for tests', async () => {
  const store = memoryStateStore();
  store.set(path, state);
  expect(await store.get(path)).toEqual(state);
  expect(store.saved.get(path)).toEqual(state);
});
