import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ImagePicker } from '../../../../src/ui/screens/image-picker/ImagePicker.js';
import type { ImageChoice } from '../../../../src/ui/image-choices.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const insert = (path: string, usedIn: number[] = []): ImageChoice => ({ kind: 'insert', path, usedIn });

const frame = (choices: ImageChoice[], selected: number, height = 4, loading = false): string => {
  const view = render(
    <ImagePicker choices={choices} selected={selected} height={height} loading={loading} />,
  );
  cleanup = view.unmount;
  return view.lastFrame() ?? '';
};

describe('ImagePicker', () => {
  it('should list the figures with the selected one marked, and its keys from the picker table', () => {
    expect(frame([insert('figures/a.png'), insert('figures/b c.png')], 1)).toBe(
      'Insert an image · ↑↓ select · Enter insert the link at the cursor · Esc back to the text\n' +
        '  figures/a.png\n❯ figures/b c.png',
    );
  });

  it('should mark the images the report already shows, with their questions', () => {
    expect(frame([insert('figures/new.png'), insert('figures/old.png', [15, 26])], 0)).toBe(
      'Insert an image · ↑↓ select · Enter insert the link at the cursor · Esc back to the text\n' +
        '❯ figures/new.png\n  figures/old.png · used in Q15, Q26',
    );
  });

  it('should offer the file a broken link means first', () => {
    const fix: ImageChoice = {
      kind: 'fix',
      start: 0,
      end: 30,
      markdown: '![x](figures/Overview.PNG)',
      from: 'figures/Overview.PNG',
      path: 'figures/overview.png',
    };
    expect(
      frame([fix, insert('figures/overview.png')], 0)
        .split('\n')
        .slice(1),
    ).toEqual(['❯ fix the link figures/Overview.PNG → figures/overview.png', '  figures/overview.png']);
  });

  it('should show only as many figures as fit, the selected one among them', () => {
    expect(frame([insert('figures/1.png'), insert('figures/2.png'), insert('figures/3.png')], 2, 3)).toBe(
      'Insert an image · ↑↓ select · Enter insert the link at the cursor · Esc back to the text\n' +
        '  figures/2.png\n❯ figures/3.png',
    );
  });

  it('should say it is reading the folders', () => {
    expect(frame([], 0, 4, true)).toBe(
      'Insert an image\nLooking for images in figures/ and next to the report…',
    );
  });

  it('should explain where figures go when there are none, and that they are looked for again', () => {
    expect(frame([], 0).replace(/\s+/g, ' ')).toBe(
      'Insert an image No images in figures/ or next to the report yet. Save screenshots into figures/: they are listed the next time you press Ctrl+G. Esc goes back.',
    );
  });
});
