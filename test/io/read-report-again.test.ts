import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readReportAgain } from '../../src/io/read-report-again.js';
import { memoryFileSystem } from '../helpers/memory-file-system.js';

const path = '/g/reports/README.md';
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
const encoder = new TextEncoder();

test('should read the report as it is now', async () => {
  const files = new Map([[path, encoder.encode(minimal)]]);
  expect((await readReportAgain(memoryFileSystem(files), path)()).text).toBe(minimal);
});

test('should say in one sentence that the report is gone, empty or no report', async () => {
  const files = new Map<string, Uint8Array>();
  const read = readReportAgain(memoryFileSystem(files), path);
  await expect(read()).rejects.toThrow('/g/reports/README.md: no such file or directory.');
  files.set(path, new Uint8Array());
  await expect(read()).rejects.toThrow('/g/reports/README.md is empty (0 bytes)');
  files.set(path, encoder.encode('# Notes\n'));
  await expect(read()).rejects.toThrow('/g/reports/README.md is not an exam report');
});

test('should not take a folder put in the report’s place for the report', async () => {
  const files = new Map([[`${path}/README.md`, encoder.encode(minimal)]]);
  await expect(readReportAgain(memoryFileSystem(files), path)()).rejects.toThrow(
    '/g/reports/README.md is no longer a file.',
  );
});
