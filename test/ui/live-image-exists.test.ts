import { describe, expect, it } from 'vitest';
import { liveImageExists } from '../../src/ui/live-image-exists.js';

describe('liveImageExists', () => {
  it('should count an image the picker found after start as existing, in each spelling of its link', async () => {
    const live = liveImageExists(
      (path) => path === 'figures/old.png',
      async () => Promise.resolve([{ path: 'figures/new shot.png', modified: 1 }]),
    );
    expect(live.imageExists('figures/new shot.png')).toBe(false);
    expect(await live.scanFigures()).toEqual([{ path: 'figures/new shot.png', modified: 1 }]);
    expect(live.imageExists('figures/new shot.png')).toBe(true);
    expect(live.imageExists('<figures/new shot.png>')).toBe(true);
    expect(live.imageExists('figures/new%20shot.png')).toBe(true);
    expect(live.imageExists('figures/old.png')).toBe(true);
    expect(live.imageExists('figures/other.png')).toBe(false);
  });
});
