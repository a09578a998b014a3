import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImagePicker } from '../../../src/ui/components/ImagePicker.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const setup = (figures: string[], height = 4) => {
  const onSelect = vi.fn<(path: string) => void>();
  const onCancel = vi.fn<() => void>();
  const view = render(
    <ImagePicker figures={figures} height={height} onSelect={onSelect} onCancel={onCancel} />,
  );
  cleanup = view.unmount;
  return { ...view, onSelect, onCancel };
};

describe('ImagePicker', () => {
  it('should list the figures with the first one highlighted', async () => {
    const picker = setup(['figures/a.png', 'figures/b c.png']);
    await expect
      .poll(() => picker.lastFrame())
      .toBe(
        'Insert an image · Enter inserts the link at the cursor · Esc goes back\n❯ figures/a.png\n  figures/b c.png',
      );
  });

  it('should pick the highlighted figure with Enter', async () => {
    const picker = setup(['figures/a.png', 'figures/b c.png']);
    await expect.poll(() => picker.lastFrame()).toContain('❯ figures/a.png');
    await tick();
    picker.stdin.write('\u001B[B');
    await expect.poll(() => picker.lastFrame()).toContain('❯ figures/b c.png');
    await tick();
    picker.stdin.write('\r');
    await vi.waitFor(() => expect(picker.onSelect).toHaveBeenCalledWith('figures/b c.png'));
  });

  it('should cancel with Esc', async () => {
    const picker = setup(['figures/a.png']);
    await tick();
    picker.stdin.write('\u001B');
    await vi.waitFor(() => expect(picker.onCancel).toHaveBeenCalledTimes(1));
    expect(picker.onSelect).not.toHaveBeenCalled();
  });

  it('should show only as many figures as fit', async () => {
    const picker = setup(['figures/1.png', 'figures/2.png', 'figures/3.png'], 3);
    await expect.poll(() => picker.lastFrame()?.split('\n').length).toBe(3);
  });

  it('should explain where figures go when there are none', async () => {
    const picker = setup([]);
    await expect
      .poll(() => picker.lastFrame())
      .toBe(
        'Insert an image\nNo images found in figures/ next to the report. Save screenshots there first. Esc goes back.',
      );
  });
});
