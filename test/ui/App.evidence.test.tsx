import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { expect, test, vi } from 'vitest';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import type { ChecklistItem } from '../../src/report/model.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setChecked } from '../../src/report/set-checked.js';
import { App, type AppProps } from '../../src/ui/App.js';
import type { Lint } from '../../src/report/lints/lint.js';
import type { ChecklistTraces } from '../../src/ui/item-trace.js';
import { startState } from '../../src/ui/wizard-reducer.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const path = '/home/s/project/reports/README.md';
// CRLF line endings and no final newline: undo must give back every byte, not just the boxes.
const original = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8')
  .replace(/\n/g, '\r\n')
  .replace(/\r\n$/, '');
const encoder = new TextEncoder();
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });
const keys = { esc: '\u001B', down: '\u001B[B' };

/** Evidence for items 1 (git) and 4 (docker), none for 5 (tests), item 10 beyond any rule. */
const tracesOf = (items: readonly ChecklistItem[]): ChecklistTraces => {
  const trace = (index: number, traceable: boolean, paths: string[]) => ({
    text: items[index - 1]!.text,
    traceable,
    evidence: paths.map((p) => ({ path: p, why: `${p} is there` })),
  });
  return {
    1: trace(1, true, ['.git']),
    4: trace(4, true, ['Dockerfile']),
    5: trace(5, true, []),
    10: trace(10, false, []),
  };
};

const setup = async (text = original, extra: Partial<AppProps> = {}) => {
  const files = new Map([[path, encoder.encode(text)]]);
  const fs = memoryFileSystem(files);
  const writes = vi.spyOn(fs, 'writeFileAtomic');
  let finish: (traces: ChecklistTraces | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const calls: { items: readonly ChecklistItem[]; framesBefore: number }[] = [];
  const holder: { frames: string[] } = { frames: [] };
  const scanEvidence = (items: readonly ChecklistItem[]) => {
    calls.push({ items, framesBefore: holder.frames.length });
    return new Promise<ChecklistTraces | null>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  const report = parseReport(text);
  const start = { ...startState({ report, check: checkReport(text, '2026'), saved: null, checklist: true }) };
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={text}
      bytes={encoder.encode(text)}
      fs={fs}
      store={memoryStateStore()}
      start={start}
      figures={[]}
      size={{ columns: 80, rows: 24 }}
      scanEvidence={scanEvidence}
      {...extra}
    />,
  );
  holder.frames = app.frames;
  await vi.waitFor(() => expect(app.stdin.listenerCount('data')).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 5,
  });
  // The scan starts a task after the first frame.
  await vi.waitFor(() => expect(calls.length).toBe(1), { timeout: 10_000, interval: 5 });
  const press = (...chunks: string[]): void => chunks.forEach((chunk) => app.stdin.write(chunk));
  const disk = (): string => new TextDecoder().decode(files.get(path));
  const bytes = (): Uint8Array => files.get(path)!;
  const notice = (): string => app.lastFrame()!.split('\n')[1]!;
  return {
    ...app,
    calls,
    finish: (t?: ChecklistTraces | null) => finish(t === undefined ? tracesOf(report.items) : t),
    fail: (e: Error) => fail(e),
    press,
    disk,
    bytes,
    notice,
    writes,
  };
};

test('should scan once, after the first frame, and say so on the checklist meanwhile', async () => {
  const app = await setup();
  expect(app.calls.length).toBe(1);
  expect(app.calls[0]!.framesBefore).toBeGreaterThan(0);
  expect(app.calls[0]!.items.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  expect(app.frames[0]).toContain('Evidence: looking through the repository…');
  app.finish();
  await poll(() => app.lastFrame()).toContain('Evidence · + 2 not ticked · ? 0 ticked, no trace');
  expect(app.lastFrame()).toContain('› [ ] + Create a git repository for the project (M5)');
  expect(app.lastFrame()).toContain('  .git: .git is there');
  expect(app.calls.length).toBe(1);
});

test('should tick every item with evidence in one write, and undo it byte for byte in one more', async () => {
  const app = await setup();
  app.finish();
  await poll(() => app.lastFrame()).toContain('+ 2 not ticked');
  app.press('+');
  await poll(() => app.notice()).toBe('Ticked 2 items with evidence in one write: u undoes it.');
  const report = parseReport(original);
  expect(app.disk()).toBe(setChecked(parseReport(setChecked(report, 1, true)), 4, true));
  expect(app.writes).toHaveBeenCalledTimes(1);
  expect(app.lastFrame()).toContain('Evidence · + 0 not ticked · ? 0 ticked, no trace');
  app.press('u');
  await poll(() => app.notice()).toBe('Unticked the 2 items the tick-all ticked.');
  expect(app.bytes()).toEqual(encoder.encode(original));
  expect(app.writes).toHaveBeenCalledTimes(2);
  app.press('u');
  await poll(() => app.notice()).toBe('No tick-all to undo.');
  expect(app.writes).toHaveBeenCalledTimes(2);
});

test('should not undo a tick-all once the file changed since, and say so', async () => {
  const app = await setup();
  app.finish();
  await poll(() => app.lastFrame()).toContain('+ 2 not ticked');
  // Tick all, move to item 2 and tick it by hand, then undo: both handled in order.
  app.press('+', keys.down, ' ', 'u');
  await poll(() => app.notice()).toBe('The checklist changed since the tick-all: nothing was undone.');
  expect(
    parseReport(app.disk())
      .items.filter((i) => i.checked)
      .map((i) => i.index),
  ).toEqual([1, 2, 4]);
  expect(app.writes).toHaveBeenCalledTimes(2);
});

test('should say when no unticked item has evidence, writing nothing', async () => {
  const app = await setup(setChecked(parseReport(setChecked(parseReport(original), 1, true)), 4, true));
  app.finish();
  await poll(() => app.lastFrame()).toContain('+ 0 not ticked');
  app.press('+');
  await poll(() => app.notice()).toBe('No unticked item has evidence.');
  expect(app.writes).not.toHaveBeenCalled();
});

test('should filter by evidence with e and t, hand the selection on when an item is ticked, and clear with Esc', async () => {
  const app = await setup(setChecked(parseReport(original), 5, true));
  app.finish();
  await poll(() => app.lastFrame()).toContain('? 1 ticked, no trace');
  app.press('e');
  await poll(() => app.lastFrame()).toContain('Only: evidence, not ticked (2 of 11 items)');
  expect(app.lastFrame()).toContain('› [ ] + Create a git repository for the project (M5)');
  app.press(' ');
  await poll(() => app.lastFrame()).toContain('Only: evidence, not ticked (1 of 11 items)');
  expect(app.lastFrame()).toContain('› [ ] + Build a docker image for training and check that it runs (M10)');
  app.press('t');
  await poll(() => app.lastFrame()).toContain('Only: ticked, no trace (1 of 11 items)');
  expect(app.lastFrame()).toContain('› [x] ? Write unit tests for the data code (M16)');
  expect(app.lastFrame()).toContain('  no trace found');
  app.press('t');
  await poll(() => app.lastFrame()).not.toContain('Only:');
  app.press('e');
  await poll(() => app.lastFrame()).toContain('Only: evidence, not ticked (1 of 11 items)');
  app.press(keys.esc);
  // Every item again, the one the filter last showed still selected.
  await poll(() => app.lastFrame()).toContain('  [x] ? Write unit tests for the data code (M16)');
  expect(app.lastFrame()).not.toContain('Only:');
  expect(app.lastFrame()).toContain('› [ ] + Build a docker image for training and check that it runs (M10)');
  expect(app.lastFrame()!.split('\n').at(-1)).toBe(
    '↑↓ move · Space toggle · + tick all · / filter · Esc overview · ? help · q quit',
  );
});

test('should say why the evidence keys wait while the scan runs, or cannot act without a repository', async () => {
  const app = await setup();
  app.press('e');
  await poll(() => app.notice()).toBe(
    'Still looking for evidence in the repository: press the key again soon.',
  );
  app.press('+');
  await poll(() => app.notice()).toBe(
    'Still looking for evidence in the repository: press the key again soon.',
  );
  app.finish(null);
  await poll(() => app.lastFrame()).toContain(
    'Evidence: the report is in no git repository and no reports/ folder.',
  );
  app.press('t');
  await poll(() => app.notice()).toBe(
    'No evidence: the report is in no git repository and no reports/ folder.',
  );
  expect(app.writes).not.toHaveBeenCalled();
});

test('should show a failed scan as a line, not a crash', async () => {
  const app = await setup();
  app.fail(new Error('git crashed'));
  await poll(() => app.lastFrame()).toContain('Evidence: the scan failed: git crashed');
});

test('should look at git again after a tick-all and after its undo, as after every write', async () => {
  let result: Lint[] = [];
  const gitLints = vi.fn(async () => Promise.resolve(result));
  const app = await setup(original, { gitLints });
  app.finish();
  await poll(() => app.lastFrame()).toContain('+ 2 not ticked');
  await poll(() => gitLints.mock.calls.length).toBe(1);
  result = [{ rule: 'git-uncommitted', question: null, line: null, message: 'm' }];
  app.press('+');
  await poll(() => app.lastFrame()!.split('\n')[0]).toContain('git: uncommitted');
  expect(gitLints).toHaveBeenCalledTimes(2);
  result = [];
  app.press('u');
  await poll(() => app.lastFrame()!.split('\n')[0]).not.toContain('git: uncommitted');
  expect(gitLints).toHaveBeenCalledTimes(3);
});

test('should keep an item unticked under "ticked, no trace" in view, so Space ticks it back', async () => {
  const app = await setup(setChecked(parseReport(original), 5, true));
  app.finish();
  await poll(() => app.lastFrame()).toContain('? 1 ticked, no trace');
  app.press('t');
  await poll(() => app.lastFrame()).toContain('Only: ticked, no trace (1 of 11 items)');
  app.press(' ');
  await poll(() => app.lastFrame()).toContain('› [ ]   Write unit tests for the data code (M16)');
  expect(app.lastFrame()).toContain('Only: ticked, no trace (1 of 11 items)');
  expect(app.disk()).toBe(original);
  app.press(' ');
  await poll(() => app.lastFrame()).toContain('› [x] ? Write unit tests for the data code (M16)');
  expect(app.disk()).toBe(setChecked(parseReport(original), 5, true));
});

test('should clear a notice at the next key on the checklist', async () => {
  const app = await setup();
  app.finish();
  await poll(() => app.lastFrame()).toContain('+ 2 not ticked');
  app.press('+');
  await poll(() => app.notice()).toBe('Ticked 2 items with evidence in one write: u undoes it.');
  app.press(keys.down);
  await poll(() => app.notice().trim()).toBe('');
});
