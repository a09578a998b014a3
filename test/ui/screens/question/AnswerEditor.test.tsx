import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorHandle as AnswerEditorHandle } from '../../../helpers/EditorHarness.js';

// Ink's chalk decides its colour level when it is first loaded (0 here: no terminal), so the level is forced
// before importing it: frames are a terminal's, with the cursor in reverse video.
process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { EditorHarness: AnswerEditor } = await import('../../../helpers/EditorHarness.js');

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

// The cursor under NO_COLOR (color={false}) as under colours: reverse video, the character under it kept.
const cursor = (under: string): string => `\u001B[7m${under}\u001B[27m`;

const setup = (initialText: string, width = 12, height = 3) => {
  const onChange = vi.fn<(text: string) => void>();
  const ref = createRef<AnswerEditorHandle>();
  const view = render(
    <AnswerEditor
      initialText={initialText}
      width={width}
      height={height}
      color={false}
      onChange={onChange}
      ref={ref}
    />,
  );
  const type = async (...chunks: string[]): Promise<void> => {
    for (const chunk of chunks) {
      view.stdin.write(chunk);
      await tick();
    }
  };
  return { ...view, onChange, ref, type };
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('AnswerEditor', () => {
  it('should show the initial text with the cursor at its end', async () => {
    const editor = setup('one two');
    cleanup = editor.unmount;
    await tick();
    await expect.poll(() => editor.lastFrame()).toBe(`one two${cursor(' ')}\n\n`);
  });

  it('should insert typed characters and report the text', async () => {
    const editor = setup('');
    cleanup = editor.unmount;
    await editor.type('h', 'i');
    await expect.poll(() => editor.lastFrame()).toBe(`hi${cursor(' ')}\n\n`);
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('hi'));
  });

  it('should insert a multi-paragraph paste in one write, line breaks and all', async () => {
    const editor = setup('', 20, 5);
    cleanup = editor.unmount;
    await editor.type('\u001B[200~First paragraph.\r\rSecond one.\r\u001B[201~');
    await expect.poll(() => editor.lastFrame()).toBe(`First paragraph.\n\nSecond one.\n${cursor(' ')}\n`);
    await vi.waitFor(() =>
      expect(editor.onChange).toHaveBeenLastCalledWith('First paragraph.\n\nSecond one.\n'),
    );
    expect(editor.onChange).toHaveBeenCalledTimes(1);
  });

  it('should make Enter a newline', async () => {
    const editor = setup('ab');
    cleanup = editor.unmount;
    await editor.type('\u001B[D', '\r');
    await expect.poll(() => editor.lastFrame()).toBe(`a\n${cursor('b')}\n`);
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('a\nb'));
  });

  it('should move with the arrows, Home and End', async () => {
    const editor = setup('abc\ndef');
    cleanup = editor.unmount;
    await editor.type('\u001B[A', '\u001B[H', 'X', '\u001B[F', 'Y', '\u001B[B', 'Z');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('XabcY\ndefZ'));
  });

  it('should move by words with Ctrl+Left and Meta+Right', async () => {
    const editor = setup('one two three');
    cleanup = editor.unmount;
    await editor.type('\u001B[1;5D', '\u001B[1;5D', '>', '\u001B[1;3C', '<');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('one >two< three'));
  });

  it('should delete backwards with Backspace and forwards with Delete', async () => {
    const editor = setup('abcd');
    cleanup = editor.unmount;
    await editor.type('\u007F', '\u001B[D', '\u001B[D', '\u001B[3~');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('ac'));
  });

  it('should undo with Ctrl+Z and redo with Ctrl+Y', async () => {
    const editor = setup('');
    cleanup = editor.unmount;
    await editor.type('one ', 'two');
    await editor.type('\u001A');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('one '));
    await editor.type('\u0019');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('one two'));
  });

  it('should leave Tab, Escape and Ctrl+S to the screen', async () => {
    const editor = setup('ab');
    cleanup = editor.unmount;
    await editor.type('\t', '\u001B', '\u0013', '\u001B[6~');
    await tick();
    expect(editor.onChange).not.toHaveBeenCalled();
    await expect.poll(() => editor.lastFrame()).toBe(`ab${cursor(' ')}\n\n`);
  });

  it('should soft-wrap and scroll so the cursor row stays visible', async () => {
    const editor = setup('alpha beta gamma delta epsilon zeta', 12, 2);
    cleanup = editor.unmount;
    await tick();
    await expect.poll(() => editor.lastFrame()).toBe(`epsilon\nzeta${cursor(' ')}`);
    await editor.type('\u001B[A', '\u001B[A');
    await expect.poll(() => editor.lastFrame()).toBe(`gamm${cursor('a')} delta\nepsilon`);
    await editor.type('\u001B[A');
    await expect.poll(() => editor.lastFrame()).toBe(`alph${cursor('a')} beta\ngamma delta`);
  });

  it('should insert at the cursor and replace the text through its handle', async () => {
    const editor = setup('see ');
    cleanup = editor.unmount;
    editor.ref.current?.insert('![a](figures/a.png)');
    await tick();
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('see ![a](figures/a.png)'));
    editor.ref.current?.setText('new');
    await tick();
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('new'));
  });

  it('should ignore keys while inactive', async () => {
    const onChange = vi.fn();
    const view = render(
      <AnswerEditor initialText="x" width={10} height={1} isActive={false} onChange={onChange} />,
    );
    cleanup = view.unmount;
    view.stdin.write('abc');
    await tick();
    expect(onChange).not.toHaveBeenCalled();
    await expect.poll(() => view.lastFrame()).toBe('x');
  });
});

describe('AnswerEditor with wide characters', () => {
  it('should keep a row with the cursor inside the width when wide characters come before it, Home going to the visual row start first', async () => {
    const view = render(<AnswerEditor initialText="中文中文中文" width={10} height={1} color={false} />);
    cleanup = view.unmount;
    view.stdin.write('\u001B[H');
    await expect.poll(() => view.lastFrame()).toBe(`${cursor('中')}文`);
    view.stdin.write('\u001B[H');
    await expect.poll(() => view.lastFrame()).toBe(`${cursor('中')}文中文`);
    view.stdin.write('\u001B[C');
    await expect.poll(() => view.lastFrame()).toBe(`中${cursor('文')}中文`);
  });
});

describe('AnswerEditor under NO_COLOR', () => {
  it('should keep the character under the cursor visible', async () => {
    const editor = setup('here');
    cleanup = editor.unmount;
    await editor.type('\u001B[H', '\u001B[C');
    await expect.poll(() => editor.lastFrame()).toBe(`h${cursor('e')}re\n\n`);
  });

  it('should move over and delete a flag, a ZWJ family and e with an accent as one character each', async () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const editor = setup(`🇩🇰${family}e\u0301x`, 20, 1);
    cleanup = editor.unmount;
    await editor.type('\u001B[D', '\u001B[D');
    // The family is drawn as its three people (displayCluster).
    await expect.poll(() => editor.lastFrame()).toBe(`🇩🇰👨👩👧${cursor('e\u0301')}x`);
    await editor.type('\u007F');
    await expect.poll(() => editor.lastFrame()).toBe(`🇩🇰${cursor('e\u0301')}x`);
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('🇩🇰e\u0301x'));
  });

  it('should keep the cursor in the last cell when it sits on spaces hanging past the right edge', async () => {
    const editor = setup('abcd    efg', 5, 2);
    cleanup = editor.unmount;
    await editor.type('\u001B[H', '\u001B[H', '\u001B[1;5C', '\u001B[C', '\u001B[C', '\u001B[C');
    await expect.poll(() => editor.lastFrame()).toBe(`abcd${cursor(' ')}\nefg`);
  });
});
