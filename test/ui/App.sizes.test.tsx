import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { textWidth } from '../../src/ui/text-width.js';
import { type WizardState, startState } from '../../src/ui/wizard-reducer.js';
import { fakeHandinFacts, strandedOn } from '../helpers/fake-handin-facts.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';
import { parityOf } from '../helpers/parity-of.js';

// Every screen in small terminals: boxes intact, no row wider than the terminal, the frame a row shorter than it.
const path = '/home/s/project/reports/README.md';
const filled = readFileSync(new URL('../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const encoder = new TextEncoder();
const deadline = 1_769_209_200;
const poll = <T,>(read: () => T) => expect.poll(read, { timeout: 10_000, interval: 5 });
const conflicted = (() => {
  const marker = filled.indexOf('Answer:', filled.indexOf('### Question 5\n'));
  const end = filled.indexOf('\n', marker) + 1;
  return `${filled.slice(0, end)}\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> other\n${filled.slice(end)}`;
})();
const longNotice =
  'Today’s report.py refuses this 27-question template: ValueError: Number of answers are different from the expected 31.';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const setup = async (
  columns: number,
  rows: number,
  start: Partial<WizardState> = {},
  props: Partial<AppProps> = {},
  text = filled,
) => {
  const app = render(
    <App
      path={path}
      displayPath="reports/README.md"
      text={text}
      bytes={encoder.encode(text)}
      fs={memoryFileSystem(new Map([[path, encoder.encode(text)]]))}
      store={memoryStateStore()}
      start={{
        ...startState({ report: parseReport(text), check: checkReport(text, '2026'), saved: null }),
        ...start,
      }}
      figures={[]}
      size={{ columns, rows }}
      color={false}
      {...props}
    />,
  );
  cleanup = app.unmount;
  await vi.waitFor(() => expect(app.stdin.listenerCount('data')).toBeGreaterThan(0), {
    timeout: 10_000,
    interval: 5,
  });
  return app;
};

/** What is wrong with a frame in a `columns`x`rows` terminal: rows too wide or too many, broken boxes. */
const problems = (frame: string, columns: number, rows: number): string[] => {
  const lines = frame.split('\n');
  const found: string[] = [];
  if (lines.length > rows - 1) found.push(`${lines.length} rows`);
  lines.forEach((line, index) => {
    if (textWidth(line) > columns) found.push(`row ${index} is ${textWidth(line)} cells`);
    if (!line.startsWith('╭')) return;
    const bottom = lines.findIndex((l, i) => i > index && l.startsWith('╰'));
    if (bottom === -1) found.push(`the box at row ${index} has no bottom`);
    for (let i = index + 1; i < bottom; i++) {
      const inside = lines[i] ?? '';
      if (!inside.startsWith('│') || !inside.endsWith('│') || textWidth(inside) !== textWidth(line))
        found.push(`row ${i} breaks the box: ${inside}`);
    }
    if (!/^╭─*╮$/.test(line)) found.push(`row ${index} breaks the box's top: ${line}`);
    if (bottom !== -1 && (!/^╰─*╯$/.test(lines[bottom]!) || textWidth(lines[bottom]!) !== textWidth(line)))
      found.push(`row ${bottom} breaks the box's bottom: ${lines[bottom]}`);
  });
  return found;
};

const screens: [string, Partial<WizardState>, Partial<AppProps>, string, string[]][] = [
  ['the overview', {}, {}, filled, []],
  ['a question with a long answer', { screen: 'question', question: 5 }, {}, filled, []],
  ['a question under a long notice', { screen: 'question', question: 5, notice: longNotice }, {}, filled, []],
  ['the warnings list', { screen: 'question', question: 5 }, {}, filled, ['\u000C']],
  ['the image picker', { screen: 'question', question: 5 }, {}, filled, ['\u0007']],
  ['the checklist', { screen: 'checklist' }, {}, filled, []],
  ['the help', { help: true }, {}, filled, []],
  ['the question’s help', { screen: 'question', question: 5, help: true }, {}, filled, []],
  [
    'the quit prompt',
    { quitting: true, drafts: { 3: { question: 3, text: 'x', base: 'y' } } },
    {},
    filled,
    [],
  ],
  [
    'the resolve screen',
    { screen: 'resolve' },
    {
      resolve: {
        source: { kind: 'markers' },
        command: 'git add reports/README.md',
        gitAdd: async () => Promise.resolve('ok'),
      },
    },
    conflicted,
    [],
  ],
  [
    'the hand-in screen',
    {},
    {
      handin: async () => Promise.resolve(fakeHandinFacts(deadline, { stranded: [strandedOn(27)] })),
      now: () => (deadline - 5 * 3600) * 1000,
    },
    filled,
    ['h'],
  ],
  ['the parity screen', {}, { runParity: async () => Promise.resolve(parityOf(filled, [4])) }, filled, ['p']],
];

describe.each([
  [40, 10],
  [50, 12],
  [45, 11],
  [80, 24],
])('every screen in a %ix%i terminal', (columns, rows) => {
  test.each(screens)(
    'should keep %s within the terminal and its boxes intact',
    async (_, start, props, text, keys) => {
      const app = await setup(columns, rows, start, props, text);
      const before = app.lastFrame() ?? '';
      for (const key of keys) {
        app.stdin.write(key);
        // Each key changes the frame: wait for that, not for a time.
        await poll(() => app.lastFrame() !== before).toBe(true);
      }
      const frame = app.lastFrame() ?? '';
      expect(problems(frame, columns, rows)).toEqual([]);
    },
  );
});

test('should keep the editor inside its box under a notice that wraps in a 40x10 terminal', async () => {
  const app = await setup(40, 10, { screen: 'question', question: 5, notice: longNotice });
  expect(app.lastFrame()).toBe(
    [
      '31/31 pass · 31 answered · 0/11 ticked',
      'Today’s report.py refuses this 27-quest…',
      'Question 5/31 · Coding environment',
      'Recommended length: 100–200 words · Ctr…',
      '╭──────────────────────────────────────╮',
      '│ of our shared GCP project.           │',
      '╰──────────────────────────────────────╯',
      '[█████████░░░░░░] 126 words · 100–200',
      'Tab ⇧Tab move · ^S save · … · F1 help',
    ].join('\n'),
  );
});

test('should say that a 30x8 terminal is too small instead of drawing frames over each other', async () => {
  const app = await setup(30, 8, { screen: 'question', question: 5 });
  expect(app.lastFrame()).toBe(
    [
      'The terminal is 30x8;',
      'report-wizard needs at least',
      '40x10. Make the window larger:',
      'your answers are kept.',
    ].join('\n'),
  );
});

describe('keys in a terminal too small for the screens', () => {
  const ctrlC = '\u0003';
  const stores = () => {
    const fs = memoryFileSystem(new Map([[path, encoder.encode(filled)]]));
    const store = memoryStateStore();
    const disk = async () => new TextDecoder().decode((await fs.readFile(path)) ?? new Uint8Array());
    return { props: { fs, store }, store, disk };
  };

  test('should neither edit nor move the hidden screen, and quit at once on Ctrl+C with nothing unwritten', async () => {
    const { props, store, disk } = stores();
    const app = await setup(30, 8, { screen: 'question', question: 5 }, props);
    const message = app.lastFrame();
    // Typing, Tab (write and move on), arrows, Ctrl+S, Escape, q, then Ctrl+C.
    for (const key of ['abc', '\t', '\u001B[B', '\u0013', '\u001B', 'q', ctrlC]) app.stdin.write(key);
    // The wizard has left (Ctrl+C with no draft): it reads the terminal no more.
    await poll(() => app.stdin.listenerCount('data')).toBe(0);
    expect(store.saved.get(path)).toEqual({ screen: 'question', question: 5, drafts: [] });
    expect(await disk()).toBe(filled);
    expect(app.frames.filter((f) => f.trim() !== '').at(-1)).toBe(message);
  });

  test('should show the quit prompt’s question on Ctrl+C with unwritten text, and answer it with its keys', async () => {
    const { props, store, disk } = stores();
    const draft = { question: 3, text: 'Our own text', base: 'y' };
    const app = await setup(30, 8, { screen: 'question', question: 5, drafts: { 3: draft } }, props);
    const message = app.lastFrame();
    app.stdin.write(ctrlC);
    const question = [
      'Question 3 has unwritten text.',
      'Write it to the file before',
      'quitting? y write and quit · n',
      'quit without writing · Esc',
      'stay',
    ].join('\n');
    await poll(() => app.lastFrame()).toBe(question);
    app.stdin.write('\u001B');
    await poll(() => app.lastFrame()).toBe(message);
    // Without the prompt, n is a key of the hidden screen: dropped. Then Ctrl+C asks again, and n answers.
    app.stdin.write('n');
    app.stdin.write(ctrlC);
    await poll(() => app.lastFrame()).toBe(question);
    expect(store.saved.get(path)?.drafts).toEqual([draft]);
    app.stdin.write('n');
    await poll(() => app.stdin.listenerCount('data')).toBe(0);
    expect(store.saved.get(path)).toEqual({ screen: 'question', question: 5, drafts: [] });
    expect(await disk()).toBe(filled);
  });
});
