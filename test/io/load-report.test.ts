import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/io/load-report.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import type { FileSystem } from '../../src/io/file-system.js';
import { makeReport } from '../helpers/make-report.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const report = makeReport();
const half = report.slice(0, 200);

/** The real file system, except that reads of the report return `reads` in turn (the last one from then on). */
const readsOf = (reads: string[]): FileSystem => {
  let n = 0;
  return {
    ...nodeFileSystem,
    readFile: () => Promise.resolve(new TextEncoder().encode(reads[Math.min(n++, reads.length - 1)])),
  };
};

const setUp = (): string => {
  const dir = temp('rw-load-');
  writeFileSync(join(dir, 'README.md'), report);
  return dir;
};

describe('loadReport while an editor saves the report', () => {
  it('should say that a report emptied (0 bytes) is empty, not that it is no exam report', async () => {
    const dir = setUp();
    writeFileSync(join(dir, 'README.md'), '');
    await expect(loadReport(nodeFileSystem, 'README.md', dir)).rejects.toThrow(
      `${join(dir, 'README.md')} is empty (0 bytes): if an editor is saving it, wait until it is saved and try ` +
        'again; otherwise restore it from git or the course template.',
    );
  });

  it('should read again and take the saved report when the first read caught it half written', async () => {
    const dir = setUp();
    const loaded = await loadReport(readsOf(['', report]), 'README.md', dir);
    expect(loaded.text).toBe(report);
  });

  it('should say that the report changed while it was being read when the second read is no report either', async () => {
    const dir = setUp();
    await expect(loadReport(readsOf(['', half]), 'README.md', dir)).rejects.toThrow(
      `${join(dir, 'README.md')} changed while it was being read (an editor saving it?): wait until it is saved and ` +
        'try again.',
    );
  });

  it('should still call a file that stays the same and holds no question no exam report', async () => {
    const dir = setUp();
    await expect(loadReport(readsOf([half]), 'README.md', dir)).rejects.toThrow(
      `${join(dir, 'README.md')} is not an exam report: it has no "### Question" headings and no "Answer:".`,
    );
  });
});
