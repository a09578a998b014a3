import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  QuestionHarness as QuestionScreen,
  type QuestionHarnessProps as QuestionScreenProps,
} from '../../../helpers/QuestionHarness.js';
import type { FigureFile } from '../../../../src/ui/image-choices.js';
import { reportDoc } from '../../../../src/report/answer/report-doc.js';
import { reportFixture } from '../../components/report-fixture.js';

// Question 14 counts images (1–3); question 15 already shows one.
const text = reportFixture({ 15: 'Our cluster:\n\n![cluster](figures/cluster.png)' });
const doc = reportDoc(text, new TextEncoder().encode(text));
const report = doc.report;
const question14 = report.questions.find((q) => q.number === 14)!;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const setup = (props: Partial<QuestionScreenProps> & { scanFigures: () => Promise<FigureFile[]> }) => {
  const onChange = vi.fn<(text: string) => void>();
  const view = render(
    <QuestionScreen
      doc={doc}
      question={question14}
      total={31}
      initialText=""
      width={80}
      height={20}
      figures={[]}
      color={false}
      onChange={onChange}
      onSave={() => undefined}
      onNext={() => undefined}
      onPrevious={() => undefined}
      onExit={() => undefined}
      {...props}
    />,
  );
  cleanup = view.unmount;
  const press = async (...keys: string[]): Promise<void> => {
    await vi.waitFor(() => expect(view.stdin.listenerCount('data')).toBeGreaterThan(0));
    for (const key of keys) view.stdin.write(key);
  };
  return { ...view, onChange, press };
};

const ctrlG = '\u0007';
const esc = '\u001B';
const down = '\u001B[B';

describe('QuestionScreen image picker', () => {
  it('should read the folders again each time it opens, and list the newest image first', async () => {
    let files: FigureFile[] = [];
    const scanFigures = vi.fn(async () => Promise.resolve(files));
    const screen = setup({ scanFigures });
    await screen.press(ctrlG);
    await expect.poll(() => screen.lastFrame()).toContain('No images in figures/ or next to the report yet.');
    await screen.press(esc);
    await expect.poll(() => screen.lastFrame()).not.toContain('Insert an image');
    files = [
      { path: 'figures/old.png', modified: 1_000 },
      { path: 'figures/new.png', modified: 2_000 },
    ];
    await screen.press(ctrlG);
    await expect.poll(() => screen.lastFrame()).toContain('❯ figures/new.png\n  figures/old.png');
    expect(scanFigures).toHaveBeenCalledTimes(2);
  });

  it('should mark an image another answer already shows', async () => {
    const scanFigures = async () =>
      Promise.resolve([
        { path: 'figures/cluster.png', modified: 2 },
        { path: 'figures/loss.png', modified: 1 },
      ]);
    const screen = setup({ scanFigures });
    await screen.press(ctrlG);
    await expect
      .poll(() => screen.lastFrame())
      .toContain('❯ figures/cluster.png · used in Q15\n  figures/loss.png');
  });

  it('should put the link on its own line, after the word the cursor is in, with a blank line around it', async () => {
    const scanFigures = async () => Promise.resolve([{ path: 'figures/loss.png', modified: 1 }]);
    const screen = setup({ scanFigures, initialText: 'Our loss here.\nNext line.' });
    // The cursor starts at the end; Up puts it inside "here." (column 10).
    await screen.press('\u001B[A', ctrlG);
    await expect.poll(() => screen.lastFrame()).toContain('❯ figures/loss.png');
    await screen.press('\r');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith(
        'Our loss here.\n\n![loss](figures/loss.png)\n\nNext line.',
      ),
    );
    await expect.poll(() => screen.lastFrame()).toContain('images 1 · 1–3');
  });

  it('should leave no space at the start of the line after the link', async () => {
    const scanFigures = async () => Promise.resolve([{ path: 'figures/loss.png', modified: 1 }]);
    const screen = setup({ scanFigures, initialText: 'Our loss here and more.' });
    // Home, then right into "loss": the link goes after "loss", and " here" must not start the next line.
    await screen.press('\u001B[H', '\u001B[C', '\u001B[C', '\u001B[C', '\u001B[C', '\u001B[C', ctrlG);
    await expect.poll(() => screen.lastFrame()).toContain('❯ figures/loss.png');
    await screen.press('\r');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith(
        'Our loss\n\n![loss](figures/loss.png)\n\nhere and more.',
      ),
    );
    // The cursor is after the inserted block: typing goes on the line below it.
    await expect.poll(() => screen.lastFrame()).toContain('│ ![loss](figures/loss.png)');
    await expect.poll(() => screen.lastFrame()).not.toContain('Insert an image');
    await screen.press('X');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith(
        'Our loss\n\n![loss](figures/loss.png)\n\nXhere and more.',
      ),
    );
  });

  it('should offer the file a link means when only its letter case differs, and repair the link', async () => {
    const scanFigures = async () => Promise.resolve([{ path: 'figures/loss.png', modified: 1 }]);
    const screen = setup({ scanFigures, initialText: 'See ![my loss](figures/Loss.PNG) below.' });
    await screen.press(ctrlG);
    await expect
      .poll(() => screen.lastFrame())
      .toContain('❯ fix the link figures/Loss.PNG → figures/loss.png\n  figures/loss.png');
    await screen.press('\r');
    await vi.waitFor(() =>
      expect(screen.onChange).toHaveBeenLastCalledWith('See ![my loss](figures/loss.png) below.'),
    );
  });

  it('should offer the same name in another folder for a link that finds no file', async () => {
    const scanFigures = async () => Promise.resolve([{ path: 'figures/loss.png', modified: 1 }]);
    const screen = setup({
      scanFigures,
      initialText: '![loss](loss.png)',
      imageExists: () => false,
    });
    await screen.press(ctrlG, down);
    await expect
      .poll(() => screen.lastFrame())
      .toContain('  fix the link loss.png → figures/loss.png\n❯ figures/loss.png');
  });
});
