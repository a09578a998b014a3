import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/io/file-system.js';
import { type FolderListings, imageExistsNear } from '../../src/io/image-exists-near.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const png = new Uint8Array([0x89]);
const files = (...paths: string[]) => new Map(paths.map((p) => [p, png]));

/** The file system, counting the folders listed. */
const counting = (fs: FileSystem) => {
  const listed: string[] = [];
  return {
    listed,
    fs: { ...fs, readdir: async (p: string) => (listed.push(p), fs.readdir(p)) } satisfies FileSystem,
  };
};

describe('imageExistsNear', () => {
  it('should answer from folder listings made once through the file system passed in', async () => {
    const { fs, listed } = counting(
      memoryFileSystem(files('/g/reports/README.md', '/g/reports/figures/a.png', '/g/reports/img/b c.png')),
    );
    const text = '![a](figures/a.png) ![b](<img/b c.png>) ![c](img/b%20c.png) ![r](https://x/y.png)';
    const exists = await imageExistsNear(fs, '/g/reports/README.md', text);
    expect([...listed].sort()).toEqual(['/g/reports', '/g/reports/figures', '/g/reports/img']);
    expect(exists('figures/a.png')).toBe(true);
    expect(exists('img/b c.png')).toBe(true);
    expect(exists('img/b%20c.png')).toBe(true);
    expect(exists('<img/b c.png>')).toBe(true);
    expect(exists('figures/missing.png')).toBe(false);
    expect(listed).toHaveLength(3);
  });

  it('should list each folder once for all the reports of a run that share the listings', async () => {
    const { fs, listed } = counting(
      memoryFileSystem(files('/g/a.md', '/g/b.md', '/g/figures/a.png', '/g/img/c.png')),
    );
    const shared: FolderListings = new Map();
    const a = await imageExistsNear(fs, '/g/a.md', '![a](figures/a.png)', shared);
    const b = await imageExistsNear(
      fs,
      '/g/b.md',
      '![a](figures/a.png) ![c](img/c.png) ![d](img/d.png)',
      shared,
    );
    expect([...listed].sort()).toEqual(['/g', '/g/figures', '/g/img']);
    expect([a('figures/a.png'), b('figures/a.png'), b('img/c.png'), b('img/d.png')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('should be case-sensitive in every folder below the report, as GitHub is', async () => {
    const fs = memoryFileSystem(files('/g/README.md', '/g/figures/a.png'));
    const exists = await imageExistsNear(fs, '/g/README.md', '![](Figures/a.png) ![](figures/A.png)');
    expect(exists('figures/a.png')).toBe(true);
    expect(exists('Figures/a.png')).toBe(false);
    expect(exists('figures/A.png')).toBe(false);
  });

  it('should look above the report when the path climbs out of its folder', async () => {
    const fs = memoryFileSystem(files('/g/reports/README.md', '/g/figures/a.png'));
    const exists = await imageExistsNear(fs, '/g/reports/README.md', '![](../figures/a.png)');
    expect(exists('../figures/a.png')).toBe(true);
    expect(exists('../figures/b.png')).toBe(false);
  });

  it('should not call an image missing in a folder it never listed', async () => {
    const fs = memoryFileSystem(files('/g/README.md', '/g/img/old.png'));
    const exists = await imageExistsNear(fs, '/g/README.md', '');
    expect(exists('figures/new.png')).toBe(false);
    expect(exists('later/new.png')).toBe(false);
    // img/ was not listed: a link typed into it later is not called missing.
    expect(exists('img/new.png')).toBe(true);
  });

  it('should answer alike for a plain path and its roundabout spellings, however the report path is written', async () => {
    const fs = memoryFileSystem(files('/g/README.md', '/g/figures/a.png', '/figures/b.png'));
    const fromG = await imageExistsNear(fs, '/g/README.md', '![](figures/a.png) ![](img/../figures/a.png)');
    for (const path of [
      'figures/a.png',
      './figures/a.png',
      'figures/./a.png',
      'figures//a.png',
      'img/../figures/a.png',
    ])
      expect([path, fromG(path)]).toEqual([path, true]);
    expect(fromG('figures/b.png')).toBe(false);
    // A report path as a caller may write it, not normalised.
    const unnormalised = await imageExistsNear(fs, '/g//./README.md', '![](figures/a.png)');
    expect([unnormalised('figures/a.png'), unnormalised('figures/c.png')]).toEqual([true, false]);
  });
});
