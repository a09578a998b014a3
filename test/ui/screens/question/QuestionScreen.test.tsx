import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  QuestionHarness as QuestionScreen,
  type QuestionHarnessProps as QuestionScreenProps,
} from '../../../helpers/QuestionHarness.js';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import { reportFixture } from '../../components/report-fixture.js';

const text = reportFixture();
const doc = reportDoc(text, new TextEncoder().encode(text));
const report = doc.report;
const question = (number: number) => {
  const found = report.questions.find((q) => q.number === number);
  if (found === undefined) throw new Error(`fixture has no question ${number}`);
  return found;
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const setup = (props: Partial<QuestionScreenProps> = {}) => {
  const callbacks = {
    onChange: vi.fn<(text: string) => void>(),
    onSave: vi.fn<() => void>(),
    onNext: vi.fn<() => void>(),
    onPrevious: vi.fn<() => void>(),
    onExit: vi.fn<() => void>(),
  };
  const view = render(
    <QuestionScreen
      doc={doc}
      question={question(12)}
      total={31}
      initialText=""
      width={80}
      height={20}
      figures={['figures/loss curve.png', 'figures/sweep.png']}
      color={false}
      {...callbacks}
      {...props}
    />,
  );
  cleanup = view.unmount;
  // Each argument is one write; the screen reads the terminal once its first effects have run.
  const press = async (...keys: string[]): Promise<void> => {
    await vi.waitFor(() => expect(view.stdin.listenerCount('data')).toBeGreaterThan(0));
    for (const key of keys) view.stdin.write(key);
  };
  const lines = (): string[] => (view.lastFrame() ?? '').split('\n');
  return { ...view, ...callbacks, press, lines };
};

// string-width, as Ink measures: it skips the cursor's escape sequences.
const cells = (line: string): number => stringWidth(line);

describe('QuestionScreen', () => {
  it('should lay out header, prompt, length, editor, count bar and keys in the given size', async () => {
    const screen = setup({ initialText: 'We used Hydra.', height: 12 });
    await expect
      .poll(() => screen.lastFrame())
      .toBe(
        [
          'Question 12/31 · Running code and tracking experiments',
          'Prompt of question 12: explain what you did and why it mattered for the project.',
          'Recommended length: 100–200 words · Ctrl+T shows an example',
          '╭──────────────────────────────────────────────────────────────────────────────╮',
          '│ We used Hydra.                                                               │',
          '│                                                                              │',
          '│                                                                              │',
          '│                                                                              │',
          '│                                                                              │',
          '╰──────────────────────────────────────────────────────────────────────────────╯',
          '[░░░░░░░░░░░░░░░] 3 words · 50–100 · too few',
          'Tab ⇧Tab move · ^S save · Esc back · ^T example · F1 help',
        ].join('\n'),
      );
  });

  it('should fit 80x24 with a long prompt, example and lints, and keep the editor usable', async () => {
    const long = { ...question(14), prompt: 'Upload 1 to 3 screenshots of your experiments. '.repeat(10) };
    const problems = [
      '![a](figures\\a.png)',
      '![b](http://x.org/b.png)',
      '![c](c.png)',
      '<br>',
      '~~old~~',
      '#### Cut',
    ];
    const screen = setup({
      question: long,
      height: 20,
      initialText: `${'word '.repeat(400)}\n\n${problems.join('\n\n')}`,
    });
    await screen.press('\u0014');
    await expect.poll(() => screen.lines().length).toBe(20);
    expect(screen.lines().every((line) => cells(line) <= 80)).toBe(true);
    expect(screen.lines().filter((line) => line.startsWith('│')).length).toBeGreaterThanOrEqual(3);
    expect(screen.lines().filter((line) => line.startsWith('⚠ … and '))).toHaveLength(1);
  });

  it('should count typed text as report.py would', async () => {
    const screen = setup();
    await screen.press('o', 'n', 'e', ' ', 't', 'w', 'o');
    await expect.poll(() => screen.lines().at(-2)).toBe('[░░░░░░░░░░░░░░░] 2 words · 50–100 · too few');
    expect(screen.onChange).toHaveBeenLastCalledWith('one two');
  });

  it('should take a multi-paragraph paste in one write without leaving the question', async () => {
    const screen = setup();
    await screen.press('\u001B[200~First paragraph here.\r\rSecond paragraph\there.\r\u001B[201~');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith('First paragraph here.\n\nSecond paragraph\there.\n'),
    );
    await expect.poll(() => screen.lines().at(-2)).toBe('[░░░░░░░░░░░░░░░] 6 words · 50–100 · too few');
    expect(
      [screen.onNext, screen.onPrevious, screen.onExit, screen.onSave].map((f) => f.mock.calls.length),
    ).toEqual([0, 0, 0, 0]);
  });

  it('should undo the paste as one step', async () => {
    const screen = setup({ initialText: 'Kept.' });
    await screen.press('\u001B[200~ pasted one\rpasted two\u001B[201~', '\u001A');
    await vi.waitFor(() => expect(screen.onChange).toHaveBeenLastCalledWith('Kept.'));
  });

  it('should go to the next question with Tab and Page Down', async () => {
    const screen = setup();
    await screen.press('\t', '\u001B[6~');
    await vi.waitFor(() => expect(screen.onNext).toHaveBeenCalledTimes(2));
    expect(screen.onPrevious).not.toHaveBeenCalled();
  });

  it('should go to the previous question with Shift+Tab and Page Up', async () => {
    const screen = setup();
    await screen.press('\u001B[Z', '\u001B[5~');
    await vi.waitFor(() => expect(screen.onPrevious).toHaveBeenCalledTimes(2));
    expect(screen.onNext).not.toHaveBeenCalled();
  });

  it('should leave with Esc and save with Ctrl+S, without typing into the answer', async () => {
    const screen = setup({ initialText: 'x' });
    await screen.press('\u0013', '\u001B');
    await vi.waitFor(() => expect(screen.onExit).toHaveBeenCalledTimes(1));
    expect(screen.onSave).toHaveBeenCalledTimes(1);
    expect(screen.onChange).not.toHaveBeenCalled();
  });

  it('should show and hide the example with Ctrl+T', async () => {
    const screen = setup({ height: 12, initialText: 'We used Hydra.' });
    await screen.press('\u0014');
    await expect
      .poll(() => screen.lines().slice(2, 4))
      .toEqual(['Recommended length: 100–200 words · Ctrl+T hides the example', 'We did 12 things.']);
    await screen.press('\u0014');
    await expect.poll(() => screen.lines()[3]).toMatch(/^╭/);
  });

  it('should insert a picked figure as a Markdown image on its own line and count it', async () => {
    const screen = setup({ question: question(14), initialText: 'See ' });
    await screen.press('\u0007');
    await expect.poll(() => screen.lastFrame()).toContain('❯ figures/loss curve.png');
    await screen.press('\r');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith('See \n\n![loss curve](<figures/loss curve.png>)'),
    );
    await expect.poll(() => screen.lastFrame()).toContain('images 1 · 1–3');
  });

  it('should pick with the picker keys, and send the keys after it in the same write to the editor', async () => {
    const screen = setup({ question: question(14), initialText: 'See ' });
    await screen.press('\u0007\u001B[B\u001B[B\u001B[A\u001B[B\r!');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith('See \n\n![sweep](figures/sweep.png)!'),
    );
    expect(screen.lastFrame()).not.toContain('Insert an image');
  });

  it('should close the picker with Esc and stay on the question', async () => {
    const screen = setup({ question: question(14) });
    await screen.press('\u0007');
    await expect.poll(() => screen.lastFrame()).toContain('Insert an image');
    await screen.press('\u001B');
    await expect.poll(() => screen.lastFrame()).not.toContain('Insert an image');
    expect(screen.onExit).not.toHaveBeenCalled();
  });

  it('should open the picker on a question without images, saying report.py counts none there', async () => {
    const screen = setup();
    await screen.press('\u0007');
    // Issue 19 item 18: it said "report.py counts no images for this question." and stayed shut.
    await expect
      .poll(() => screen.lastFrame())
      .toContain('report.py counts no images here; the graded page still shows them.');
    expect(screen.lastFrame()).toContain('❯ figures/loss curve.png');
  });

  it('should hand the draft to the external editor and take back its text', async () => {
    const onOpenEditor = vi.fn((text: string) => Promise.resolve(`${text} and more`));
    const screen = setup({ initialText: 'draft', onOpenEditor });
    await screen.press('\u0005');
    await vi.waitFor(() => expect(screen.onChange).toHaveBeenLastCalledWith('draft and more'));
    expect(onOpenEditor).toHaveBeenCalledWith('draft');
  });

  it('should keep the answer and say why when the external editor fails', async () => {
    const onOpenEditor = vi.fn(() => Promise.resolve(null));
    const screen = setup({ initialText: 'draft', onOpenEditor });
    await screen.press('\u0005');
    await expect
      .poll(() => screen.lines().at(-1))
      .toBe('The editor exited with an error: the answer is unchanged.');
    expect(screen.onChange).not.toHaveBeenCalled();
  });

  it('should keep as a draft what an external editor saved before it failed, and say so', async () => {
    const onOpenEditor = vi.fn(() => Promise.resolve({ text: 'draft and half', exitCode: 2 }));
    const screen = setup({ initialText: 'draft', onOpenEditor });
    await screen.press('\u0005');
    await vi.waitFor(() => expect(screen.onChange).toHaveBeenLastCalledWith('draft and half'));
    await expect
      .poll(() => screen.lines().at(-1))
      .toBe('The editor exited with code 2: kept what it saved as a draft.');
    expect(screen.onSave).not.toHaveBeenCalled();
  });

  it('should list every lint of the draft, wrapped whole with its fix', async () => {
    const screen = setup({
      height: 24,
      initialText: 'We used Hydra.\n\n![loss](figures\\loss.png)\n\n~~old~~',
    });
    await expect
      .poll(() => screen.lines().slice(-6, -1))
      .toEqual([
        '⚠ line 163: Question 12\'s image "figures\\loss.png" on line 163 uses backslashes,',
        '  which only Windows reads as folders: GitHub and the graded page show a broken',
        '  image. Write "figures/loss.png".',
        '⚠ line 165: On line 165, "~~old~~": GitHub strikes it through, the graded page',
        '  shows it with its tildes. Delete the struck-out text, or the "~~".',
      ]);
  });
});
