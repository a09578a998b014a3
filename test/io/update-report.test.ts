import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/io/report-error.js';
import { updateReport } from '../../src/io/update-report.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const path = '/home/s/project/README.md';
const report = '### Question 1\n> Answer:\n\nold\n';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** A report on an in-memory disk, and a way to hold its lock as another writer would. */
const setup = () => {
  const files = new Map([[path, encode(report)]]);
  const fs = memoryFileSystem(files, { lockWaitMs: 100 });
  const holdLock = () => {
    let letGo!: () => void;
    const held = fs.withLock(path, async () => new Promise<void>((resolve) => (letGo = resolve)));
    return async () => {
      letGo();
      await held;
    };
  };
  return { files, fs, holdLock };
};

describe('updateReport', () => {
  it('should write the changed text and return what the change returned, with the report as read', async () => {
    const { files, fs } = setup();
    const result = await updateReport(fs, path, '/', (loaded) => ({
      text: loaded.text.replace('old', 'new'),
      extra: 7,
    }));
    expect(decode(files.get(path))).toBe(report.replace('old', 'new'));
    expect([result.extra, result.loaded.text, result.loaded.path]).toEqual([7, report, path]);
  });

  it('should give the lock line and write nothing when another writer holds the lock too long', async () => {
    const { files, fs, holdLock } = setup();
    const letGo = holdLock();
    await expect(
      updateReport(fs, path, '/', (loaded) => ({ text: loaded.text.replace('old', 'new') })),
    ).rejects.toThrow(`${path} is being written by another process`);
    await letGo();
    expect(decode(files.get(path))).toBe(report);
  });

  it('should succeed without the lock when there is nothing to write', async () => {
    const { fs, holdLock } = setup();
    const letGo = holdLock();
    const result = await updateReport(fs, path, '/', (loaded) => ({ text: loaded.text }));
    await letGo();
    expect(result.text).toBe(report);
  });

  it('should pass on the error of the change, and let go of the lock', async () => {
    const { fs } = setup();
    await expect(
      updateReport(fs, path, '/', () => {
        throw new ReportError('The report has no "### Question 9" heading.');
      }),
    ).rejects.toThrow('The report has no "### Question 9" heading.');
    expect(await fs.withLock(path, async () => Promise.resolve('free'))).toBe('free');
  });
});
