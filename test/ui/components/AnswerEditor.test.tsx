import { render } from 'ink-testing-library';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerEditor, type AnswerEditorHandle } from '../../../src/ui/components/AnswerEditor.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

// Without colours the cursor is a visible block, so frames can be compared as plain text.
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
    await expect.poll(() => editor.lastFrame()).toBe('one two█\n\n');
  });

  it('should insert typed characters and report the text', async () => {
    const editor = setup('');
    cleanup = editor.unmount;
    await editor.type('h', 'i');
    await expect.poll(() => editor.lastFrame()).toBe('hi█\n\n');
    await vi.waitFor(() => expect(editor.onChange).toHaveBeenLastCalledWith('hi'));
  });

  it('should insert a multi-paragraph paste in one write, line breaks and all', async () => {
    const editor = setup('', 20, 5);
    cleanup = editor.unmount;
    await editor.type('\u001B[200~First paragraph.\r\rSecond one.\r\u001B[201~');
    await expect.poll(() => editor.lastFrame()).toBe('First paragraph.\n\nSecond one.\n█\n');
    await vi.waitFor(() =>
      expect(editor.onChange).toHaveBeenLastCalledWith('First paragraph.\n\nSecond one.\n'),
    );
    expect(editor.onChange).toHaveBeenCalledTimes(1);
  });

  it('should make Enter a newline', async () => {
    const editor = setup('ab');
    cleanup = editor.unmount;
    await editor.type('\u001B[D', '\r');
    await expect.poll(() => editor.lastFrame()).toBe('a\n█\n');
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
    await expect.poll(() => editor.lastFrame()).toBe('ab█\n\n');
  });

  it('should soft-wrap and scroll so the cursor row stays visible', async () => {
    const editor = setup('alpha beta gamma delta epsilon zeta', 12, 2);
    cleanup = editor.unmount;
    await tick();
    await expect.poll(() => editor.lastFrame()).toBe('epsilon\nzeta█');
    await editor.type('\u001B[A', '\u001B[A');
    await expect.poll(() => editor.lastFrame()).toBe('gamm█ delta\nepsilon');
    await editor.type('\u001B[A');
    await expect.poll(() => editor.lastFrame()).toBe('alph█ beta\ngamma delta');
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
  it('should keep a row with the cursor inside the width when wide characters come before it', async () => {
    const view = render(<AnswerEditor initialText="中文中文中文" width={10} height={1} color={false} />);
    cleanup = view.unmount;
    view.stdin.write('\u001B[H');
    await expect.poll(() => view.lastFrame()).toBe('█文中文');
    view.stdin.write('\u001B[C');
    await expect.poll(() => view.lastFrame()).toBe('中█中文');
  });
});
