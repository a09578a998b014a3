import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, expect, test, vi } from 'vitest';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { type WizardState, startState } from '../../src/ui/wizard-reducer.js';
import { fakeHandinFacts, strandedOn } from '../helpers/fake-handin-facts.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const path = '/home/s/project/reports/README.md';
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const filled = readFileSync(new URL('../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });
const deadline = 1_769_209_200;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const setup = async (text: string, props: Partial<AppProps>, start: Partial<WizardState> = {}) => {
  const files = new Map([[path, encoder.encode(text)]]);
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={text}
      bytes={encoder.encode(text)}
      fs={memoryFileSystem(files)}
      store={memoryStateStore()}
      start={{
        ...startState({ report: parseReport(text), check: checkReport(text, '2026'), saved: null }),
        ...start,
      }}
      figures={[]}
      size={{ columns: 80, rows: 24 }}
      color={false}
      {...props}
    />,
  );
  cleanup = app.unmount;
  await vi.waitFor(() => expect(app.stdin.listenerCount('data')).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 5,
  });
  return { ...app, disk: () => decoder.decode(files.get(path)) };
};

test('should read the hand-in facts after the first frame, badge the header, and show them on h', async () => {
  const facts = fakeHandinFacts(deadline, { stranded: [strandedOn(27)] });
  let firstHeader = '';
  const handin = vi.fn(async () => Promise.resolve(facts));
  const { lastFrame, stdin } = await setup(minimal, { handin, now: () => (deadline - 5 * 3600) * 1000 });
  firstHeader = lastFrame()!.split('\n')[0]!;
  expect(firstHeader).toBe('report.py 4/31 pass · 0/31 answered · checklist 0/11 · reports/README.md');
  await poll(() => lastFrame()!.split('\n')[0]).toBe(
    'report.py 4/31 pass · 0/31 answered · checklist 0/11 · hand-in: stranded Q27, …',
  );
  expect(handin).toHaveBeenCalledTimes(1);
  stdin.write('h');
  await poll(() => lastFrame()!.split('\n').slice(2, 5)).toEqual([
    'Hand-in: what staff would grade now',
    "Graded: origin/main at abcdef1 (2026-01-22 10:00 +01:00, 'answers'),",
    'reports/README.md',
  ]);
  expect(lastFrame()!.split('\n').at(-1)).toBe('↑↓ scroll · Esc back · ? help · q quit');
  stdin.write('\u001B');
  await poll(() => lastFrame()!.split('\n').at(-1)).toBe(
    '↑↓ select · Enter open · n/N failing · c checklist · ? help · q quit',
  );
});

test('should keep the header’s counts whole at 40 columns, the badge reduced to a mark', async () => {
  const facts = fakeHandinFacts(deadline, { stranded: [strandedOn(27)] });
  const { lastFrame } = await setup(minimal, {
    handin: async () => Promise.resolve(facts),
    now: () => (deadline - 5 * 3600) * 1000,
    size: { columns: 40, rows: 10 },
  });
  await poll(() => lastFrame()!.split('\n')[0]).toBe('4/31 pass · 0 answered · 0/11 ticked ⚠');
  expect(lastFrame()!.split('\n').length).toBeLessThanOrEqual(10);
});

test('should take theirs in the selected conflict only and run git add only on a once none remain', async () => {
  const at = (text: string, n: number, insert: string): string => {
    const marker = text.indexOf('Answer:', text.indexOf(`### Question ${n}\n`));
    const end = text.indexOf('\n', marker) + 1;
    return `${text.slice(0, end)}\n${insert}${text.slice(end)}`;
  };
  const text = at(filled, 5, '<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> other\n');
  const gitAdd = vi.fn(async () => Promise.resolve('Ran git add reports/README.md.'));
  const { lastFrame, stdin, disk } = await setup(
    text,
    { resolve: { source: { kind: 'markers' }, command: 'git add reports/README.md', gitAdd } },
    { screen: 'resolve' },
  );
  await poll(() => lastFrame()!.split('\n')[2]).toBe('Resolve: 1 conflict from the markers in the file');
  stdin.write('a');
  await poll(() => lastFrame()!.split('\n')[1]).toBe(
    'Resolve every conflict first: git add marks the report resolved.',
  );
  stdin.write('t');
  await poll(disk).toBe(at(filled, 5, 'Theirs.\n'));
  await poll(() => lastFrame()!.split('\n').slice(1, 4)).toEqual([
    'Took theirs in Question 5. No conflict left: a runs git add reports/README.md.',
    'No conflict left in the report.',
    'a runs git add reports/README.md (marks it resolved) · Esc overview',
  ]);
  expect(gitAdd).not.toHaveBeenCalled();
  stdin.write('a');
  await poll(() => lastFrame()!.split('\n')[1]).toBe('Ran git add reports/README.md.');
  expect(gitAdd).toHaveBeenCalledTimes(1);
});

test('should write both sides and open the answer editor on them on e', async () => {
  const at = (text: string, n: number, insert: string): string => {
    const marker = text.indexOf('Answer:', text.indexOf(`### Question ${n}\n`));
    const end = text.indexOf('\n', marker) + 1;
    return `${text.slice(0, end)}\n${insert}${text.slice(end)}`;
  };
  const text = at(filled, 5, '<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> other\n');
  const { lastFrame, stdin, disk } = await setup(
    text,
    { resolve: { source: { kind: 'markers' }, command: 'git add reports/README.md', gitAdd: vi.fn() } },
    { screen: 'resolve' },
  );
  await poll(() => lastFrame()!.split('\n')[2]).toBe('Resolve: 1 conflict from the markers in the file');
  stdin.write('e');
  await poll(disk).toBe(at(filled, 5, 'Ours.\nTheirs.\n'));
  await poll(() => lastFrame()!.split('\n')[2]).toBe('Question 5/31 · Coding environment');
  // The editor holds the file's answer, both sides in it (its view follows the cursor at the end).
  expect(lastFrame()).toContain('│ Theirs.      ');
  expect(lastFrame()).toContain('[█████████░░░░░░] 128 words · 100–200');
});
