import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { maxWalkFiles, scanRepository } from '../../src/evidence/scan-repository.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';

const noExec = async () => Promise.reject(new Error('git must not run without a repository'));

it('should stop a walk without git after maxWalkFiles files, so a home folder cannot stall the wizard', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rw-walk-'));
  mkdirSync(join(root, 'many'));
  for (let i = 0; i < maxWalkFiles + 5; i++) writeFileSync(join(root, 'many', `f${i}.txt`), '');
  const snapshot = await scanRepository(root, false, { fs: nodeFileSystem, exec: noExec, env: {} });
  expect(snapshot.git).toBe(false);
  expect(snapshot.files).toHaveLength(maxWalkFiles);
}, 60_000);
