import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorHandle as AnswerEditorHandle } from '../../../helpers/EditorHarness.js';

process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { EditorHarness: AnswerEditor } = await import('../../../helpers/EditorHarness.js');

const cursor = (under: string): string => `\u001B[7m${under}\u001B[27m`;
// The marker row is drawn dim (SGR 2).
const dim = (text: string): string => `\u001B[2m${text}\u001B[22m`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('AnswerEditor marker', () => {
  it('should draw the marker above its line, out of the cursor’s way, and keep it in view from the top', async () => {
    const ref = createRef<AnswerEditorHandle>();
    const view = render(
      <AnswerEditor
        initialText={'## a\nb\nc\nd'}
        width={12}
        height={2}
        color={false}
        ref={ref}
        marker={{ line: 0, text: 'cut' }}
      />,
    );
    cleanup = view.unmount;
    await expect.poll(() => view.lastFrame()).toBe(`c\nd${cursor(' ')}`);
    ref.current!.apply({ type: 'move', dir: 'up' });
    ref.current!.apply({ type: 'move', dir: 'up' });
    ref.current!.apply({ type: 'move', dir: 'up' });
    // The cursor is on the first line: the marker above it is shown, and the cursor is not on the marker.
    await expect.poll(() => view.lastFrame()).toBe(`${dim('── cut ─────')}\n#${cursor('#')} a`);
  });
});
