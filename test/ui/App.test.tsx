import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { expect, test, vi } from 'vitest';
import { ReportError } from '../../src/io/report-error.js';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import type { Lint } from '../../src/report/lints/lint.js';
import { App, type AppProps } from '../../src/ui/App.js';
import {
  type ParityResult,
  type WizardState,
  initialWizardState,
  startState,
} from '../../src/ui/wizard-reducer.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';
import { parityOf } from '../helpers/parity-of.js';

const path = '/home/s/project/reports/README.md';
const original = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An in-memory file system holding one report; `writeFileAtomic` refuses like the real one when bytes changed. */
const memoryFs = (text: string) => {
  const files = new Map([[path, encoder.encode(text)]]);
  const fs = memoryFileSystem(files);
  return { fs, text: () => decoder.decode(files.get(path)), files };
};

const delay = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
// Every wait is for a condition, with a deadline long enough for a loaded 2-core machine.
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });

const keys = {
  enter: '\r',
  down: '\u001B[B',
  esc: '\u001B',
  ctrlC: '\u0003',
  ctrlS: '\u0013',
  tab: '\t',
  shiftTab: '\u001B[Z',
};

const setup = async (
  options: {
    text?: string;
    start?: Partial<WizardState>;
    runParity?: (p: string) => Promise<ParityResult>;
    now?: () => number;
    props?: Partial<AppProps>;
    /** Runs as soon as the first frame is drawn, before any timer. */
    afterRender?: () => void;
  } = {},
) => {
  const text = options.text ?? original;
  const disk = memoryFs(text);
  const store = memoryStateStore();
  const report = parseReport(text);
  const start = {
    ...startState({ report, check: checkReport(text, '2026'), saved: null }),
    ...options.start,
  };
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={text}
      bytes={encoder.encode(text)}
      fs={disk.fs}
      store={store}
      start={start}
      figures={[]}
      runParity={options.runParity}
      now={options.now}
      size={{ columns: 80, rows: 24 }}
      {...options.props}
    />,
  );
  options.afterRender?.();
  // Each argument is one write, as a terminal delivers a chunk: it may hold several keys. Keys are queued in
  // order, so nothing needs to wait between writes.
  const press = async (...chunks: string[]): Promise<void> => {
    for (const chunk of chunks) app.stdin.write(chunk);
    return Promise.resolve();
  };
  // The app reads the terminal once its first effects have run.
  await vi.waitFor(() => expect(app.stdin.listenerCount('data')).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 5,
  });
  return { ...app, disk, store, press };
};

test('should open on the overview at the first failing question, shorter than an 80x24 screen', async () => {
  const { lastFrame } = await setup();
  const lines = lastFrame()!.split('\n');
  expect(lines.length).toBeLessThan(24);
  expect(lines.slice(0, 2)).toEqual([
    'report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md',
    '',
  ]);
  // Only the placeholder everywhere: unanswered (○), whatever report.py says, each with its placeholder warning.
  expect(lines).toContain('› ○  4 How did you manage dependencies? Describe …            6/100-200 words ⚠1');
  expect(lines).toContain('  ○  3 Which open-source packages outside the cou…              6/0-200 words ⚠1');
  expect(lines.at(-1)).toBe('↑↓ select · Enter open · n/N failing · c checklist · ? help · q quit');
});

test('should write an answer when moving on, and only that answer', async () => {
  const { press, disk, lastFrame } = await setup();
  await press(keys.enter);
  await poll(() => lastFrame()).toContain('Question 4/31 · Coding environment');
  await press('We used uv');
  await poll(() => disk.text()).toBe(original);
  await press(keys.tab);
  await poll(() => disk.text()).toBe(setAnswer(parseReport(original), 4, 'We used uv'));
  await poll(() => lastFrame()).toContain('Question 5/31 · Coding environment');
  await poll(() => lastFrame()!.split('\n')[1]).toBe('Wrote question 4.');
});

test('should not write a question left unchanged', async () => {
  const { press, disk, lastFrame, frames } = await setup();
  const writes = vi.spyOn(disk.fs, 'writeFileAtomic');
  await press(keys.enter, keys.tab, keys.tab, keys.shiftTab, keys.esc);
  // Every key took effect: questions 5 and 6 were shown, and the overview is back on question 5.
  await poll(() => lastFrame()).toContain('› ○  5 ');
  expect(frames.some((frame) => frame.includes('Question 6/31'))).toBe(true);
  expect(writes).not.toHaveBeenCalled();
});

test('should move three questions on three Tabs in one write', async () => {
  const { press, lastFrame } = await setup();
  await press(keys.enter);
  await poll(() => lastFrame()).toContain('Question 4/31');
  await press(keys.tab.repeat(3));
  await poll(() => lastFrame()).toContain('Question 7/31');
});

test('should send the keys after a screen change in the same write to the new screen', async () => {
  const { press, disk, lastFrame } = await setup();
  await press(`${keys.enter}ab${keys.tab}cd${keys.esc}`);
  await poll(() => lastFrame()).toContain('› ✗  5 ');
  await poll(() => disk.text()).toBe(
    setAnswer(parseReport(setAnswer(parseReport(original), 4, 'ab')), 5, 'cd'),
  );
});

test('should delete three characters on three Backspaces in one write', async () => {
  const { press, lastFrame, store } = await setup();
  await press(`${keys.enter}abcdef`, '\u007F\u007F\u007F');
  await poll(() => lastFrame()).toContain('│ abc');
  await poll(() => store.saved.get(path)?.drafts).toEqual([{ question: 4, text: 'abc', base: '' }]);
});

test('should take a bracketed paste as text, escape sequences and line breaks in it included', async () => {
  const { press, store } = await setup();
  await press(keys.enter, '\u001B[200~one\r\ntwo\u001B[A\u001B[201~');
  await poll(() => store.saved.get(path)?.drafts).toEqual([{ question: 4, text: 'one\ntwo[A', base: '' }]);
});

test('should ignore Ctrl+F1 and other unknown sequences on every screen', async () => {
  const { press, lastFrame, store } = await setup();
  const noise = '\u001B[1;5P\u001B[1;5Q\u001B[99~\u001B[<0;3;4M\u001BO5x';
  await press(noise, 'j');
  await poll(() => lastFrame()).toContain('› ○  5 ');
  await press(keys.enter, noise, 'x', noise);
  await poll(() => store.saved.get(path)?.drafts).toEqual([{ question: 5, text: 'x', base: '' }]);
  await press(keys.esc, 'c', noise, '/', noise, 'm17', noise);
  await poll(() => lastFrame()).toContain('Filter: m17▏ (1 of 11 items)');
});

test('should edit the checklist filter with several keys in one write, at the cursor', async () => {
  const { press, lastFrame } = await setup();
  await press('c/m177\u007F');
  await poll(() => lastFrame()).toContain('Filter: m17▏ (1 of 11 items)');
  await press('\u001B[D\u001B[D\u007F');
  await poll(() => lastFrame()).toContain('Filter: ▏17 (');
  await press('\u001B[3~x');
  await poll(() => lastFrame()).toContain('Filter: x▏7 (');
});

test('should move in the overview by page, to the ends, to failing questions and by number', async () => {
  let clock = 0;
  const { press, lastFrame } = await setup({ now: () => clock });
  await press('\u001B[F');
  await poll(() => lastFrame()).toContain('› ○ 31 ');
  await press('\u001B[H');
  await poll(() => lastFrame()).toContain('› ○  1 ');
  // A question holding only the placeholder is not done: n stops at it even though report.py passes it.
  await press('n');
  await poll(() => lastFrame()).toContain('› ○  2 ');
  await press('N', 'N');
  await poll(() => lastFrame()).toContain('› ○ 31 ');
  await press('12');
  await poll(() => lastFrame()).toContain('› ○ 12 ');
  clock = 5000;
  await press('3');
  await poll(() => lastFrame()).toContain('› ○  3 ');
  clock = 10_000;
  await press('\u001B[6~');
  await poll(() => lastFrame()).not.toContain('› ○  3 ');
});

test('should show the screen’s keys on ? and close them on any key', async () => {
  const { press, lastFrame } = await setup();
  await press('?');
  await poll(() => lastFrame()).toContain('Keys on this screen');
  expect(lastFrame()).toContain('n/N       next/previous failing question');
  await press('x');
  await poll(() => lastFrame()).not.toContain('Keys on this screen');
  expect(lastFrame()).toContain('› ○  4 ');
});

test('should restore the file’s answer on Ctrl+R, undoably, and write nothing when leaving then', async () => {
  const text = setAnswer(parseReport(original), 4, 'In the file.');
  const { press, disk, lastFrame, store } = await setup({ text });
  const writes = vi.spyOn(disk.fs, 'writeFileAtomic');
  await press(keys.enter, ' More.');
  await poll(() => store.saved.get(path)?.drafts).toEqual([
    { question: 4, text: 'In the file. More.', base: 'In the file.' },
  ]);
  await press('\u0012');
  await poll(() => store.saved.get(path)?.drafts).toEqual([]);
  await press('\u001A');
  await poll(() => lastFrame()).toContain('│ In the file. More.');
  await press('\u0012', keys.esc);
  await poll(() => lastFrame()).toContain('↑↓ select');
  expect(writes).not.toHaveBeenCalled();
});

test('should write at once on save and keep the place and drafts in the store', async () => {
  const { press, disk, store } = await setup();
  await press(keys.enter, 'ab');
  await poll(() => store.saved.get(path)).toEqual({
    screen: 'question',
    question: 4,
    drafts: [{ question: 4, text: 'ab', base: '' }],
  });
  await press(keys.ctrlS);
  await poll(() => disk.text()).toBe(setAnswer(parseReport(original), 4, 'ab'));
  await poll(() => store.saved.get(path)).toEqual({ screen: 'question', question: 4, drafts: [] });
});

test('should ask before quitting with unwritten text, and write it on y', async () => {
  const { press, disk, lastFrame, store } = await setup();
  await press(keys.enter, 'x', keys.ctrlC);
  await poll(() => lastFrame()).toContain(
    'Question 4 has unwritten text. Write it to the file before quitting?',
  );
  await poll(() => lastFrame()!.split('\n').at(-1)).toBe(
    'y write and quit · n quit without writing · Esc stay',
  );
  await press(keys.esc);
  await poll(() => lastFrame()).toContain('│ x');
  await press(keys.ctrlC, 'y');
  await poll(() => disk.text()).toBe(setAnswer(parseReport(original), 4, 'x'));
  await poll(() => store.saved.get(path)).toEqual({ screen: 'question', question: 4, drafts: [] });
});

test('should quit without writing on n and forget the draft', async () => {
  const { press, disk, store } = await setup();
  await press(keys.enter, 'x', keys.ctrlC, 'n');
  await poll(() => disk.text()).toBe(original);
  await poll(() => store.saved.get(path)).toEqual({ screen: 'question', question: 4, drafts: [] });
});

test('should quit from the overview on q at once when nothing is unwritten', async () => {
  const { press, store, frames } = await setup();
  await press(keys.down, 'q');
  await poll(() => store.saved.get(path)).toEqual({ screen: 'overview', question: 5, drafts: [] });
  await press(keys.down);
  // The app has exited: keys no longer move the selection. Ink may clear the screen on exit, so the last frame
  // with content is the one to read.
  await poll(() => frames.filter((f) => f.trim() !== '').at(-1)).toContain('› ○  5 ');
});

test('should toggle a checklist item in the file, one byte, and count it', async () => {
  const { press, disk, lastFrame } = await setup();
  await press('c', keys.down, ' ');
  await poll(() => disk.text()).not.toBe(original);
  const after = disk.text();
  expect(after.length).toBe(original.length);
  const changed = [...after].flatMap((c, i) => (c === original[i] ? [] : [i]));
  expect(changed).toEqual([parseReport(original).items[1]!.markOffset]);
  await poll(() => lastFrame()).toContain('› [x] Keep the dependencies in a dedicated environment (M2)');
  await poll(() => lastFrame()!.split('\n')[0]).toBe(
    'report.py 4/31 pass · 0/31 answered · checklist 1/11 · reports/README.md',
  );
});

test('should filter the checklist by tag and toggle the match', async () => {
  const { press, disk, lastFrame } = await setup();
  await press('c', '/', 'm', '1', '7');
  await poll(() => lastFrame()!.split('\n').at(-1)).toBe(
    'type to filter by text or tag (m17) · Enter keep · Esc clear',
  );
  await press(keys.enter, ' ');
  expect(
    parseReport(disk.text())
      .items.filter((i) => i.checked)
      .map((i) => i.index),
  ).toEqual([6]);
  await poll(() => lastFrame()).toContain('Filter: m17 (1 of 11 items)');
  await press(keys.esc);
  await poll(() => lastFrame()).not.toContain('Filter:');
  await press(keys.esc);
  await poll(() => lastFrame()!.split('\n').at(-1)).toBe(
    '↑↓ select · Enter open · n/N failing · c checklist · ? help · q quit',
  );
});

test('should say so when no parity check is available', async () => {
  const { press, lastFrame } = await setup();
  await press('p');
  await poll(() => lastFrame()!.split('\n')[1]).toBe('The parity check is not available in this build.');
});

test('should open the parity screen, show the verdict at 80x24, and close it with Esc', async () => {
  let finish: (result: ParityResult) => void = () => undefined;
  const runParity = vi.fn(async () => new Promise<ParityResult>((resolve) => (finish = resolve)));
  const { press, lastFrame } = await setup({ runParity });
  await press('p');
  await poll(() => lastFrame()).toContain('Running your report.py (stopped after 60 s if it hangs)…');
  expect(runParity.mock.calls).toEqual([[path]]);
  // Keys while it runs change nothing, and the result still arrives.
  await press(keys.down);
  finish(parityOf(original));
  await poll(() => lastFrame()).toContain('They agree on all 31 questions.');
  const lines = lastFrame()!.split('\n');
  expect(lines.length).toBeLessThanOrEqual(24);
  expect(lines.slice(2, 6)).toEqual([
    'Parity with your report.py',
    'They agree on all 31 questions.',
    'report.py:     4/31 passed',
    'report-wizard: 4/31 passed',
  ]);
  expect(lines.at(-1)).toBe('↑↓ scroll · r run again · Esc back · ? help · q quit');
  await press(keys.esc);
  await poll(() => lastFrame()).toContain('↑↓ select · Enter open');
  expect(lastFrame()).not.toContain('Parity with your report.py');
});

test("should show report.py's error in full, wrapped", async () => {
  const error =
    'report.py did not finish within 60 seconds with python3 (it was stopped): run "python3 report.py check" in reports yourself to see where it hangs.';
  const { press, lastFrame } = await setup({
    runParity: async () => Promise.resolve({ report: null, error }),
  });
  await press('p');
  await poll(() => lastFrame()).toContain('report.py could not run, so nothing was compared:');
  expect(lastFrame()).toContain('it hangs.');
  expect(lastFrame()!.replace(/\s+/g, ' ')).toContain(error);
});

test('should show both texts of a stale draft and keep the one picked', async () => {
  const conflict = { question: 7, text: 'my draft', base: '', file: 'their text' };
  const text = setAnswer(parseReport(original), 7, 'their text');
  const { press, lastFrame, store } = await setup({
    text,
    start: initialWizardState({ screen: 'conflict', question: 7, conflicts: [conflict] }),
  });
  await poll(() => lastFrame()).toContain(
    'Question 7 changed in the file since your unsaved draft began.\nIn the file:\ntheir text\nYour draft:\nmy draft',
  );
  await poll(() => lastFrame()!.split('\n').at(-1)).toBe(
    'f keep the file’s answer (undoable in the editor) · d keep your draft',
  );
  await press('d');
  // Back on the question the draft belongs to, not on the overview.
  await poll(() => lastFrame()).toContain('Question 7/31');
  await poll(() => lastFrame()).toContain('│ my draft');
  expect(store.saved.get(path)?.drafts).toEqual([{ question: 7, text: 'my draft', base: 'their text' }]);
});

test('should write over a file changed elsewhere on disk when this answer is unchanged there', async () => {
  const { press, disk } = await setup();
  await press(keys.enter, 'ok');
  const elsewhere = setAnswer(parseReport(original), 1, '42');
  disk.files.set(path, encoder.encode(elsewhere));
  await press(keys.tab);
  await poll(() => disk.text()).toBe(setAnswer(parseReport(elsewhere), 4, 'ok'));
});

test('should ask which to keep when the same answer changed on disk meanwhile', async () => {
  const { press, disk, lastFrame } = await setup();
  await press(keys.enter, 'ok');
  const elsewhere = setAnswer(parseReport(original), 4, 'edited in VS Code');
  disk.files.set(path, encoder.encode(elsewhere));
  await press(keys.ctrlS);
  await poll(() => disk.text()).toBe(elsewhere);
  await poll(() => lastFrame()).toContain('In the file:\nedited in VS Code\nYour draft:\nok');
});

test('should open the next question with what the file holds after a write that read changes made on disk', async () => {
  const { press, disk, lastFrame } = await setup();
  await press(keys.enter, 'ok');
  const elsewhere = setAnswer(parseReport(original), 5, 'edited in VS Code');
  disk.files.set(path, encoder.encode(elsewhere));
  // A real disk answers later than the next render.
  disk.fs.readFile = async (p) => {
    await delay(100);
    return disk.files.get(p)!;
  };
  // Typed at once after Tab: the keys wait for the next question's screen, which waits for the write.
  await press(keys.tab, '!', keys.esc);
  await poll(() => lastFrame()).toContain('↑↓ select');
  await poll(() => disk.text()).toBe(
    setAnswer(parseReport(setAnswer(parseReport(elsewhere), 4, 'ok')), 5, 'edited in VS Code!'),
  );
});

test('should say a read-only file is read-only and keep the draft, not call it a conflict', async () => {
  const { press, disk, lastFrame, store } = await setup();
  disk.fs.writeFileAtomic = async (p) =>
    Promise.reject(new ReportError(`${p} is read-only: nothing was written.`));
  await press(keys.enter, 'ok', keys.tab);
  await poll(() => lastFrame()!.split('\n')[1]).toBe(`${path} is read-only: nothing was written.`);
  expect(lastFrame()).toContain('Question 5/31 · Coding environment');
  expect(lastFrame()).not.toContain('changed in the file');
  await poll(() => store.saved.get(path)?.drafts).toEqual([{ question: 4, text: 'ok', base: '' }]);
  expect(disk.text()).toBe(original);
});

test('should not write back a file that changed on disk into something other than UTF-8', async () => {
  const { press, disk, lastFrame } = await setup();
  await press(keys.enter, 'ok');
  const latin1 = new Uint8Array([...encoder.encode(original), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
  disk.files.set(path, latin1);
  await press(keys.ctrlS);
  await poll(() => lastFrame()!.split('\n')[1]).toBe(
    'The report changed on disk and is no longer UTF-8: nothing was written.',
  );
  expect(disk.files.get(path)).toEqual(latin1);
});

test("should show the question's lints on its screen: what report.py never says", async () => {
  const text = setAnswer(
    parseReport(original),
    4,
    'We used uv.\n\n## Details\n\nThe lock file is committed.',
  );
  const { press, lastFrame } = await setup({ text });
  await press(keys.enter);
  await poll(() => lastFrame()).toMatch(
    /⚠ line \d+: report\.py stops reading question 4's answer at the heading "##\s+Details"/,
  );
  // The editor holds the whole answer, with report.py's cut marked in it.
  expect(lastFrame()).toContain('│ ── report.py stops counting here: the 7 words below do not count ─');
  expect(lastFrame()).toContain('│ The lock file is committed.');
});

test('should not say "Wrote question" when leaving changed nothing in the file', async () => {
  const text = setAnswer(parseReport(original), 5, 'We used uv');
  const { press, disk, lastFrame, frames } = await setup({
    text,
    start: initialWizardState({ screen: 'question', question: 5 }),
  });
  await poll(() => lastFrame()).toContain('│ We used uv');
  // A trailing line break is a draft, but the file's answer stays the same.
  await press(keys.enter, keys.tab);
  await poll(() => lastFrame()).toContain('Question 6/31');
  expect(disk.text()).toBe(text);
  expect(frames.some((frame) => frame.includes('Wrote question'))).toBe(false);
});

test('should count an older template against its own year, say so in full, and offer the way out', async () => {
  const old = readFileSync(new URL('../fixtures/reports/template-2024.md', import.meta.url), 'utf8');
  const { lastFrame } = await setup({ text: old });
  const lines = lastFrame()!.split('\n');
  expect(lines.length).toBeLessThan(24);
  expect(lines.slice(1, 6).join(' ')).toBe(
    'Today\'s report.py refuses this 27-question template: ValueError: Number of answers are different from the expected 31. Have you changed the template? Counts below are the 2024 report.py\'s ("report-wizard check --template 2024"); staff grade with today\'s, so move your answers into the current template: "report-wizard migrate --fetch".',
  );
  const rows = lines.filter((line) => /^[ ›] [✓✗?] +\d+ /.test(line));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => !row.includes(' ? '))).toBe(true);
});

test("should name report-wizard migrate for a 2025 report, which today's report.py counts", async () => {
  const old = readFileSync(new URL('../fixtures/reports/template-2025.md', import.meta.url), 'utf8');
  const { lastFrame } = await setup({ text: old });
  const lines = lastFrame()!.split('\n');
  expect(lines.length).toBeLessThan(24);
  expect(lines.slice(1, 3).join(' ')).toBe(
    'This report uses the 2025 template and staff grade with the 2026 one: "report-wizard migrate --fetch" moves your answers into it.',
  );
});

test('should write the answer, then make and open the graded page at the question with Ctrl+P', async () => {
  const preview = vi.fn(async (n: number) => Promise.resolve(`Opened the graded page at question ${n}.`));
  const { press, disk, lastFrame } = await setup({ props: { preview } });
  await press(keys.enter, 'We used uv', '\u0010');
  await poll(() => lastFrame()!.split('\n')[1]).toBe('Opened the graded page at question 4.');
  expect(preview.mock.calls).toEqual([[4]]);
  expect(disk.text()).toBe(setAnswer(parseReport(original), 4, 'We used uv'));
});

test('should show the git lints in the header after the first frame, and look again after a write', async () => {
  let drawn = false;
  const calledAfterFirstFrame: boolean[] = [];
  let result: Lint[] = [{ rule: 'git-uncommitted', question: null, line: null, message: 'm' }];
  const gitLints = vi.fn(async () => {
    calledAfterFirstFrame.push(drawn);
    return Promise.resolve(result);
  });
  const { press, lastFrame } = await setup({ props: { gitLints }, afterRender: () => (drawn = true) });
  await poll(() => lastFrame()!.split('\n')[0]).toBe(
    'report.py 4/31 pass · 0/31 answered · checklist 0/11 · git: uncommitted',
  );
  result = [];
  await press(keys.enter, 'We used uv', keys.tab);
  await poll(() => lastFrame()!.split('\n')[0]).toBe(
    'report.py 4/31 pass · 1/31 answered · checklist 0/11 · reports/README.md',
  );
  expect(calledAfterFirstFrame).toEqual([true, true]);
});

test('should count an older template against its own year on the question screen too, draft and file alike', async () => {
  // The 2024 report.py's limits for its question 4 (100-200 words), as the overview counts it.
  const old = readFileSync(new URL('../fixtures/reports/template-2024.md', import.meta.url), 'utf8');
  const { press, lastFrame } = await setup({ text: old, start: { screen: 'question', question: 4 } });
  const bar = (): string | undefined =>
    lastFrame()!
      .split('\n')
      .find((line) => line.startsWith('['));
  await poll(bar).toBe('[░░░░░░░░░░░░░░░] 6 words · 100–200');
  await press('We used uv');
  await poll(bar).toBe('[░░░░░░░░░░░░░░░] 3 words · 100–200');
});

test('should page the checklist by the items it shows, not by a fixed 10', async () => {
  const { press, lastFrame } = await setup({
    start: { screen: 'checklist' },
    props: { size: { columns: 80, rows: 12 } },
  });
  const selected = (): string | undefined =>
    lastFrame()!
      .split('\n')
      .find((line) => line.startsWith('›'));
  await poll(selected).toBe('› [ ] Create a git repository for the project (M5)');
  const items = parseReport(original).items.map((item) => item.text);
  const onFirstPage = lastFrame()!
    .split('\n')
    .filter((line) => /^[› ] \[[ x]\] /.test(line));
  expect(onFirstPage.length).toBe(5);
  await press('\u001B[6~');
  // The first item below the page shown (five items on screen), not the item 10 further down.
  await poll(selected).toBe(`› [ ] ${items[onFirstPage.length]}`);
  await press('\u001B[5~');
  await poll(selected).toBe('› [ ] Create a git repository for the project (M5)');
});

test('should say in the header that report.py stops while a draft makes it refuse the report', async () => {
  const { press, lastFrame } = await setup({ start: { screen: 'question', question: 4 } });
  const header = (): string => lastFrame()!.split('\n')[0]!;
  await poll(header).toBe('report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md');
  await press('We used uv\r### More\rAnswer: and more');
  await poll(() => lastFrame()).toContain('Not counted: report.py refuses the report');
  await poll(header).toBe('report.py stops · 1/31 answered · checklist 0/11 · reports/README.md');
  await press('\u0015');
  await poll(header).toBe('report.py 4/31 pass · 1/31 answered · checklist 0/11 · reports/README.md');
});

test('should show no section for a "## Details" heading inside an answer, in the overview or a question title', async () => {
  const text = setAnswer(parseReport(original), 4, 'We did this.\n\n## Details\n\nAnd that.');
  const { press, lastFrame } = await setup({ text, start: { screen: 'overview', question: 5 } });
  await poll(() => lastFrame()).toContain('Coding environment');
  expect(lastFrame()).not.toContain('Details');
  await press(keys.enter);
  await poll(() => lastFrame()).toContain('Question 5/31 · Coding environment');
});

test('should ask before writing an answer report.py would misread, and write it only on y', async () => {
  const { press, lastFrame, disk } = await setup({ start: { screen: 'question', question: 4 } });
  await poll(() => lastFrame()).toContain('Question 4/31');
  await press('We used uv\r## Details\rand more words', keys.tab);
  await poll(() => lastFrame()).toContain('Question 4: report.py would misread this answer.');
  expect(lastFrame()).toContain('⚠ The new answer contains "##" on its line 2');
  expect(lastFrame()!.split('\n').at(-1)).toBe('y write it anyway · n/Esc keep editing (nothing written)');
  expect(disk.text()).toBe(original);
  await press(keys.esc);
  await poll(() => lastFrame()).toContain('│ and more words');
  expect(lastFrame()).toContain('Question 4/31');
  expect(disk.text()).toBe(original);
  await press(keys.ctrlS);
  await poll(() => lastFrame()).toContain('Question 4: report.py would misread this answer.');
  await press('y');
  await poll(() => disk.text()).toBe(
    setAnswer(parseReport(original), 4, 'We used uv\n## Details\nand more words'),
  );
  await poll(() => lastFrame()).toContain('│ and more words');
});
