import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ImagePicker } from '../../../src/ui/components/ImagePicker.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const frame = (figures: string[], selected: number, height = 4): string => {
  const view = render(<ImagePicker figures={figures} selected={selected} height={height} />);
  cleanup = view.unmount;
  return view.lastFrame() ?? '';
};

describe('ImagePicker', () => {
  it('should list the figures with the selected one marked, and its keys from the picker table', () => {
    expect(frame(['figures/a.png', 'figures/b c.png'], 1)).toBe(
      'Insert an image · ↑↓ select · Enter insert the link at the cursor · Esc back to the text\n' +
        '  figures/a.png\n❯ figures/b c.png',
    );
  });

  it('should show only as many figures as fit, the selected one among them', () => {
    expect(frame(['figures/1.png', 'figures/2.png', 'figures/3.png'], 2, 3)).toBe(
      'Insert an image · ↑↓ select · Enter insert the link at the cursor · Esc back to the text\n' +
        '  figures/2.png\n❯ figures/3.png',
    );
  });

  it('should explain where figures go when there are none', () => {
    expect(frame([], 0)).toBe(
      'Insert an image\nNo images found in figures/ next to the report. Save screenshots there first. Esc goes back.',
    );
  });
});
