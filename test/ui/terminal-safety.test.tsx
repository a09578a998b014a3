import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileSystem } from '../../src/io/file-system.js';
import { ReportError } from '../../src/io/report-error.js';
import { memoryStateStore } from '../../src/io/state-store.js';
import { checkReport } from '../../src/report/check-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { setAnswer } from '../../src/report/set-answer.js';
import { App } from '../../src/ui/App.js';
import {
  EditorHarness as AnswerEditor,
  type EditorHandle as AnswerEditorHandle,
} from '../helpers/EditorHarness.js';
import { ChecklistScreen } from '../../src/ui/screens/checklist/ChecklistScreen.js';
import { ImagePicker } from '../../src/ui/screens/image-picker/ImagePicker.js';
import { Overview } from '../../src/ui/screens/overview/Overview.js';
import { QuestionHarness as QuestionScreen } from '../helpers/QuestionHarness.js';
import { reportDoc } from '../../src/report/answer/report-doc.js';
import { initialWizardState, startState } from '../../src/ui/wizard-reducer.js';
import {
  controls,
  controlsShown,
  controlsWithCr,
  controlsWithCrShown,
  expectNoRawControls,
} from '../helpers/control-text.js';
import { reportFixture } from './components/report-fixture.js';

// Every frame is drawn without colour (ink-testing-library's stdout is no terminal), so any control character in
// a frame came from the report.
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const mount = (node: React.ReactElement) => {
  const view = render(node);
  cleanup = view.unmount;
  return view;
};
/** The frame once it satisfies `check`, asserted free of raw control characters. */
const frameOf = async (view: ReturnType<typeof render>, wanted: string): Promise<string> => {
  await expect.poll(() => view.lastFrame()).toContain(wanted);
  const frame = view.lastFrame()!;
  expectNoRawControls(frame);
  return frame;
};

const questionsText = reportFixture({ 12: `Answer ${controls} text` })
  .replace('## Running code and tracking experiments', `## Running ${controls} code`)
  .replace('> **Prompt of question 12:', `> **Prompt ${controls} of question 12:`)
  .replace('> *We did 12 things.*', `> *We did ${controls} 12 things.*`);
const questions = parseReport(questionsText);
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const checklistText = minimal
  .replace('Create a git repository for the project (M5)', `Create a ${controls} repository (M5)`)
  .replace('### Week 1', `### Week ${controls} 1`);
const noop = (): void => undefined;

describe('terminal safety: the wizard screens show the report’s control characters', () => {
  it('should show them in the overview: section names and question titles', async () => {
    const view = mount(
      <Overview
        doc={reportDoc(questionsText, new TextEncoder().encode(questionsText))}
        drafts={{}}
        selected={12}
        width={80}
        height={4}
      />,
    );
    const frame = await frameOf(view, 'Prompt of question 13');
    expect(frame.split('\n')).toEqual([
      '  ✗ 11 Prompt of question 11: explain what you did and why …  6/200-300 words ⚠2',
      `Running ${controlsShown} code`,
      `› ✗ 12 Prompt ${controlsShown} of question 12: explain w…   3/50-100 words`,
      '  ○ 13 Prompt of question 13: explain what you did and why …  6/100-200 words ⚠1',
    ]);
  });

  it('should show them in the checklist: items and weeks', async () => {
    const view = mount(
      <ChecklistScreen
        report={parseReport(checklistText)}
        filter=""
        filtering={false}
        selected={1}
        width={60}
        height={3}
      />,
    );
    const frame = await frameOf(view, 'Week');
    expect(frame.split('\n')).toEqual([
      `Week ${controlsShown} 1 · 0/4 checked`,
      `› [ ] Create a ${controlsShown} repository (M5)`,
      '  [ ] Keep the dependencies in a dedicated environment (M2)',
    ]);
  });

  it('should show them in the checklist filter and its no-match line', async () => {
    const view = mount(
      <ChecklistScreen
        report={parseReport(checklistText)}
        filter={`x${controlsWithCr}`}
        filtering={true}
        selected={1}
        width={60}
        height={3}
      />,
    );
    const frame = await frameOf(view, 'Filter');
    expect(frame.split('\n')).toEqual([
      `Filter: x${controlsWithCrShown}▏ (0 of 11 items)`,
      `No item matches “x${controlsWithCrShown}”.`,
    ]);
  });

  it('should show them on the question screen: header, prompt, example, answer, lints and notices', async () => {
    const view = mount(
      <QuestionScreen
        doc={reportDoc(questionsText, new TextEncoder().encode(questionsText), () => false)}
        question={questions.questions[11]!}
        total={31}
        initialText={`Answer ${controls} text ![a](figures/a${controls}.png)`}
        width={60}
        height={16}
        figures={[]}
        color={false}
        onChange={noop}
        onSave={noop}
        onNext={noop}
        onPrevious={noop}
        onExit={noop}
        onOpenEditor={() => Promise.reject(new Error(`Could not start ${controlsWithCr}.`))}
      />,
    );
    await frameOf(view, 'Ctrl+T shows');
    view.stdin.write('\u0014');
    await frameOf(view, 'Ctrl+T hides');
    view.stdin.write('\u0005');
    const frame = await frameOf(view, 'Could not start');
    expect(frame.split('\n')).toEqual([
      `Question 12/31 · Running ${controlsShown} code`,
      `Prompt ${controlsShown} of question 12: explain what you`,
      'did and why it mattered for the project.',
      'Recommended length: 100–200 words · Ctrl+T hides the example',
      `We did ${controlsShown} 12 things.`,
      '╭──────────────────────────────────────────────────────────╮',
      `│ Answer ${controlsShown} text${' '.repeat(26)}│`,
      `│ ![a](figures/a${controlsShown}.png)${' '.repeat(19)}│`,
      `│${' '.repeat(58)}│`,
      `│${' '.repeat(58)}│`,
      '╰──────────────────────────────────────────────────────────╯',
      '[░░░░░░░░░░░░░░░] 4 words · 50–100 · too few',
      "⚠ line 161: Question 12's image",
      `  "figures/a${controlsShown}.png" on line 161 does not`,
      '  exist next to the report: report.py still counts it, but…',
      `Could not start ${controlsWithCrShown}.`,
    ]);
  });

  it('should show them in the names of figures to pick', async () => {
    const name = `figures/a${controlsWithCr}.png`;
    const view = mount(
      <ImagePicker choices={[{ kind: 'insert', path: name, usedIn: [] }]} selected={0} height={4} />,
    );
    const frame = await frameOf(view, '❯');
    expect(frame.split('\n')[1]).toBe(`❯ figures/a${controlsWithCrShown}.png`);
  });

  it('should draw an answer’s control characters as pictures and keep them in the text', async () => {
    const onChange = vi.fn<(text: string) => void>();
    const ref = createRef<AnswerEditorHandle>();
    const view = mount(
      <AnswerEditor
        initialText={`a${controls}b`}
        width={40}
        height={1}
        color={false}
        onChange={onChange}
        ref={ref}
      />,
    );
    expect(await frameOf(view, `a${controlsShown}b`)).toBe(`a${controlsShown}b`);
    view.stdin.write('X');
    await expect.poll(() => onChange.mock.calls.at(-1)).toEqual([`a${controls}bX`]);
    // Three clusters left the cursor sits on U+009B: its column still matches the text, though drawn wider.
    for (let i = 0; i < 3; i++) view.stdin.write('\u001b[D');
    await expect.poll(() => view.lastFrame()).toBe('a␛]0;x␇␛[2J␡<U+009B>bX');
    view.stdin.write('Y');
    await expect
      .poll(() => onChange.mock.calls.at(-1))
      .toEqual([`a\u001b]0;x\u0007\u001b[2J\u007fY\u009bbX`]);
  });
});

describe('terminal safety: the wizard shell', () => {
  const path = '/home/s/project/reports/README.md';
  const encoder = new TextEncoder();

  /** The app on `text`, with a file system whose writes fail with `writeError` when given. */
  const app = (
    text: string,
    start = startState({ report: parseReport(text), check: checkReport(text), saved: null }),
    writeError?: string,
  ) => {
    const fs: FileSystem = {
      // A failed write reads the file again to tell a change on disk from other failures: unreadable, it is not.
      readFile: async () =>
        writeError === undefined
          ? Promise.resolve(encoder.encode(text))
          : Promise.reject(new Error('EACCES')),
      stat: async () => Promise.resolve(null),
      readdir: async () => Promise.resolve([]),
      writeFileAtomic: async () =>
        writeError === undefined ? Promise.resolve() : Promise.reject(new ReportError(writeError)),
      withLock: async (_path, run) => run(),
      appendFile: async () => Promise.reject(new Error('not used')),
    };
    return mount(
      <App
        path={path}
        displayPath={`r${controlsWithCr}/README.md`}
        text={text}
        bytes={encoder.encode(text)}
        fs={fs}
        store={memoryStateStore()}
        start={start}
        figures={[]}
        size={{ columns: 100, rows: 12 }}
      />,
    );
  };

  it('should show them in the header’s path and in a notice that quotes it', async () => {
    const view = app(
      checklistText,
      { ...initialWizardState({ screen: 'checklist' }), item: 1 },
      `r${controlsWithCr}/README.md is read-only: nothing was written.`,
    );
    const before = await frameOf(view, 'Create a');
    expect(before.split('\n')[0]).toBe(
      `report.py 4/31 pass · 0/31 answered · checklist 0/11 · r${controlsWithCrShown}/README.md`,
    );
    view.stdin.write(' ');
    const after = await frameOf(view, 'read-only');
    expect(after.split('\n')[1]).toBe(`r${controlsWithCrShown}/README.md is read-only: nothing was written.`);
  });

  it('should show them in both texts of a conflict', async () => {
    const conflict = { question: 7, text: `my ${controls} draft`, base: '', file: `their ${controls} text` };
    const text = setAnswer(parseReport(minimal), 7, conflict.file);
    const view = app(text, initialWizardState({ screen: 'conflict', question: 7, conflicts: [conflict] }));
    const frame = await frameOf(view, 'Your draft');
    expect(frame).toContain(
      `In the file:\ntheir ${controlsShown} text\nYour draft:\nmy ${controlsShown} draft`,
    );
  });
});
