import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, expect, test, vi } from 'vitest';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { startState } from '../../src/ui/wizard-reducer.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const path = '/home/s/project/reports/README.md';
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });
const keys = { enter: '\r', esc: '\u001B', ctrlO: '\u000F', ctrlS: '\u0013', ctrlZ: '\u001A', tab: '\t' };
const answered = (text: string, ...answers: [number, string][]): string =>
  answers.reduce((t, [n, a]) => setAnswer(parseReport(t), n, a), text);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The wizard over a memory file system with a fake watch of the report: `changed()` is what fs.watch would call. */
const setup = async (props: Partial<AppProps> = {}) => {
  const files = new Map([[path, encoder.encode(minimal)]]);
  const store = memoryStateStore();
  let onChange: (() => void) | null = null;
  const closed = vi.fn();
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={minimal}
      bytes={encoder.encode(minimal)}
      fs={memoryFileSystem(files)}
      store={store}
      start={startState({ report: parseReport(minimal), check: checkReport(minimal, '2026'), saved: null })}
      figures={[]}
      size={{ columns: 80, rows: 24 }}
      color={false}
      watchReport={(change) => {
        onChange = change;
        return { close: closed };
      }}
      {...props}
    />,
  );
  cleanup = app.unmount;
  await vi.waitFor(() => expect(app.stdin.listenerCount('data')).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 5,
  });
  // The report is watched a task after the first frame.
  await vi.waitFor(() => expect(onChange).not.toBeNull(), { timeout: 10_000, interval: 5 });
  const frameLine = (n: number) => () => app.lastFrame()!.split('\n')[n];
  return {
    ...app,
    store,
    closed,
    disk: () => decoder.decode(files.get(path)),
    /** Another process writes the report (or removes it, with null), and the watch reports it. */
    outside: (text: string | null) => {
      if (text === null) files.delete(path);
      else files.set(path, encoder.encode(text));
      onChange?.();
    },
    header: frameLine(0),
    /** The notice's rows (below the header) as one line. */
    notice: () => {
      const lines = app.lastFrame()!.split('\n');
      const end = lines.findIndex((line, i) => i > 1 && /^(Group information|Question \d|Coding)/.test(line));
      return lines.slice(1, end).join(' ').replace(/ +/g, ' ').trim();
    },
  };
};

test('should show the new counts after another writer answered a question, and close its watch on exit', async () => {
  const { outside, header, notice, lastFrame, closed, unmount } = await setup();
  expect(header()).toBe('report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md');
  outside(answered(minimal, [1, 'Group 42']));
  await poll(header).toBe('report.py 4/31 pass · 1/31 answered · checklist 0/11 · reports/README.md');
  expect(notice()).toBe('The report changed on disk: question 1 read again.');
  expect(lastFrame()).toContain(
    '  ✓  1 Which group number did you sign up with on…                    2 words',
  );
  unmount();
  expect(closed).toHaveBeenCalledTimes(1);
});

test('should give the open question the file’s new answer when it holds no draft', async () => {
  const { stdin, outside, lastFrame, notice } = await setup();
  stdin.write(keys.enter);
  await poll(lastFrame).toContain('Question 4/31');
  outside(answered(minimal, [4, 'We used pip.']));
  await poll(lastFrame).toContain('│ We used pip.');
  expect(notice()).toBe('The report changed on disk: question 4 read again.');
});

test('should keep a draft the change touched, show both on Ctrl+O, and keep the other writer’s answers on d then Ctrl+S', async () => {
  const { stdin, outside, lastFrame, notice, disk } = await setup();
  stdin.write(`${keys.enter}Mine.`);
  await poll(lastFrame).toContain('│ Mine.');
  const theirs = answered(minimal, [4, 'Theirs.'], [5, 'Five.']);
  outside(theirs);
  await poll(notice).toBe(
    'The report changed on disk: questions 4 and 5 read again. Question 4 changed under your draft: the draft is kept; Ctrl+O on it compares the two.',
  );
  expect(lastFrame()).toContain('│ Mine.');
  stdin.write(keys.ctrlO);
  await poll(() => lastFrame()!.split('\n').slice(1, 7)).toEqual([
    '',
    'Question 4 changed in the file since your unsaved draft began.',
    'In the file:',
    'Theirs.',
    'Your draft:',
    'Mine.',
  ]);
  stdin.write('d');
  await poll(lastFrame).toContain('│ Mine.');
  expect(disk()).toBe(theirs);
  stdin.write(keys.ctrlS);
  await poll(disk).toBe(answered(theirs, [4, 'Mine.']));
});

test('should take the file’s answer on f and stay on the question', async () => {
  const { stdin, outside, lastFrame, disk } = await setup();
  stdin.write(`${keys.enter}Mine.`);
  await poll(lastFrame).toContain('│ Mine.');
  outside(answered(minimal, [4, 'Theirs.']));
  await poll(lastFrame).toContain('Ctrl+O');
  stdin.write(`${keys.ctrlO}f`);
  await poll(lastFrame).toContain('│ Theirs.');
  expect(lastFrame()).toContain('Question 4/31');
  expect(disk()).toBe(answered(minimal, [4, 'Theirs.']));
});

test('should bring the draft f set aside back on Ctrl+Z in the editor, and write it over the file’s answer on Ctrl+S', async () => {
  const { stdin, outside, lastFrame, notice, disk } = await setup();
  stdin.write(`${keys.enter}Mine.`);
  await poll(lastFrame).toContain('│ Mine.');
  const theirs = answered(minimal, [4, 'Theirs.']);
  outside(theirs);
  await poll(lastFrame).toContain('Ctrl+O');
  stdin.write(`${keys.ctrlO}f`);
  await poll(lastFrame).toContain('│ Theirs.');
  expect(notice()).toBe("Question 4 has the file's answer; Ctrl+Z in its editor brings your draft back.");
  stdin.write(keys.ctrlZ);
  await poll(lastFrame).toContain('│ Mine.');
  expect(disk()).toBe(theirs);
  stdin.write(keys.ctrlS);
  await poll(disk).toBe(answered(minimal, [4, 'Mine.']));
});

test('should say once that the report is gone, write nothing meanwhile, and write once it is back', async () => {
  const { stdin, outside, lastFrame, notice, disk } = await setup();
  outside(null);
  await poll(notice).toBe(
    '/home/s/project/reports/README.md: no such file or directory. Your drafts are kept; nothing is written until the report is back.',
  );
  stdin.write(`${keys.enter}Mine.${keys.ctrlS}`);
  await poll(lastFrame).toContain('│ Mine.');
  // The save fails with the same sentence and the draft stays.
  await poll(notice).toBe(
    '/home/s/project/reports/README.md: no such file or directory. Your drafts are kept; nothing is written until the report is back.',
  );
  // Nothing was written where the report was.
  expect(disk()).toBe('');
  outside(minimal);
  await poll(notice).toBe('The report is back on disk, unchanged.');
  stdin.write(keys.ctrlS);
  await poll(disk).toBe(answered(minimal, [4, 'Mine.']));
});

test('should say when a pull left merge conflicts, and open the Resolve screen on r, again after Esc', async () => {
  const findResolve = vi.fn(async () =>
    Promise.resolve({
      source: { kind: 'markers' as const },
      command: 'git add reports/README.md',
      gitAdd: vi.fn(),
    }),
  );
  const { stdin, outside, lastFrame, notice } = await setup({ findResolve });
  const conflicted = answered(minimal, [5, '<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> other']);
  outside(conflicted);
  await poll(notice).toBe(
    'The report now has merge conflicts (a git pull?): r on the overview opens the Resolve screen.',
  );
  expect(findResolve).toHaveBeenCalledWith(conflicted);
  stdin.write('r');
  await poll(() => lastFrame()!.split('\n')[2]).toBe('Resolve: 1 conflict from the markers in the file');
  stdin.write(keys.esc);
  await poll(lastFrame).toContain('› ');
  stdin.write('r');
  await poll(() => lastFrame()!.split('\n')[2]).toBe('Resolve: 1 conflict from the markers in the file');
});

test('should say there is nothing to resolve on r when the report has no conflict', async () => {
  const findResolve = vi.fn(async () => Promise.resolve(null));
  const { stdin, notice } = await setup({ findResolve });
  stdin.write('r');
  await poll(notice).toBe('The report has no merge conflicts: nothing to resolve.');
});

test('should run git again when the report or the repository changes', async () => {
  let gitChanged: (() => void) | null = null;
  const gitLints = vi.fn(async () => Promise.resolve([]));
  const { outside } = await setup({
    gitLints,
    watchGit: (change) => {
      gitChanged = change;
      return { close: () => undefined };
    },
  });
  await poll(() => gitLints.mock.calls.length).toBe(1);
  outside(answered(minimal, [1, 'Group 42']));
  await poll(() => gitLints.mock.calls.length).toBe(2);
  gitChanged!();
  await poll(() => gitLints.mock.calls.length).toBe(3);
});

test('should read the hand-in facts again when the repository changes, not when only the report does', async () => {
  let gitChanged: (() => void) | null = null;
  const gitLints = vi.fn(async () => Promise.resolve([]));
  const handin = vi.fn(async () => Promise.reject(new Error('not read in this test')));
  const { outside } = await setup({
    gitLints,
    handin,
    watchGit: (change) => {
      gitChanged = change;
      return { close: () => undefined };
    },
  });
  await poll(() => handin.mock.calls.length).toBe(1);
  outside(answered(minimal, [1, 'Group 42']));
  await poll(() => gitLints.mock.calls.length).toBe(2);
  expect(handin).toHaveBeenCalledTimes(1);
  gitChanged!();
  await poll(() => handin.mock.calls.length).toBe(2);
});

test('should show the two versions side by side in a wide terminal', async () => {
  const { stdin, outside, lastFrame, notice } = await setup({ size: { columns: 120, rows: 24 } });
  stdin.write(`${keys.enter}Mine.`);
  await poll(lastFrame).toContain('│ Mine.');
  outside(answered(minimal, [4, 'Theirs.']));
  await poll(notice).toContain('Ctrl+O on it compares the two.');
  stdin.write(keys.ctrlO);
  await poll(() => lastFrame()!.split('\n').slice(2, 5)).toEqual([
    'Question 4 changed in the file since your unsaved draft began.',
    `${'In the file:'.padEnd(58)} │ Your draft:`,
    `${'Theirs.'.padEnd(58)} │ Mine.`,
  ]);
});

test('should quit with the drafts kept for the next start when the report is gone', async () => {
  const { stdin, outside, lastFrame, notice, store, disk } = await setup();
  outside(null);
  await poll(notice).toContain('nothing is written until the report is back.');
  stdin.write(`${keys.enter}Mine.`);
  await poll(lastFrame).toContain('│ Mine.');
  stdin.write('\u0003');
  await poll(lastFrame).toContain('y write and quit');
  stdin.write('y');
  // The wizard ends (it stops reading keys) and the draft waits in the saved state.
  await poll(() => stdin.listenerCount('data')).toBe(0);
  expect(store.saved.get(path)?.drafts).toEqual([{ question: 4, text: 'Mine.', base: '' }]);
  expect(disk()).toBe('');
});
