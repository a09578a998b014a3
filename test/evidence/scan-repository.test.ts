import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { maxWalkFiles, scanRepository } from '../../src/evidence/scan-repository.js';

const noExec = async () => Promise.reject(new Error('git must not run without a repository'));

it('should stop a walk without git after maxWalkFiles files, so a home folder cannot stall the wizard', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rw-walk-'));
  mkdirSync(join(root, 'many'));
  for (let i = 0; i < maxWalkFiles + 5; i++) writeFileSync(join(root, 'many', `f${i}.txt`), '');
  const snapshot = await scanRepository(root, false, { exec: noExec, env: {} });
  expect(snapshot.git).toBe(false);
  expect(snapshot.files).toHaveLength(maxWalkFiles);
  // Said, so that no item is called untraced on the strength of a partial scan.
  expect(snapshot.cut).toBe(true);
}, 60_000);

it('should not call a walk cut that found every file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rw-walk-small-'));
  writeFileSync(join(root, 'train.py'), 'print("train")\n');
  const snapshot = await scanRepository(root, false, { exec: noExec, env: {} });
  expect([snapshot.files.map((f) => f.path), snapshot.cut]).toEqual([['train.py'], undefined]);
});
