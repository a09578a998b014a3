import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { checklistTraces } from '../../src/commands/checklist-traces.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { execWithExeca } from '../../src/parity/exec-with-execa.js';
import { parseReport } from '../../src/report/parse-report.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const fixture = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
// The template's wording, which the M10 rule knows.
const text = fixture.replace(
  'Build a docker image for training and check that it runs (M10)',
  'Construct one or multiple docker files for your code (M10)',
);
const dockerfile =
  'FROM nvcr.io/nvidia/pytorch:24.01\nRUN dvc pull --force\nCMD ["python", "-m", "fish.train"]\n';
const io = { fs: nodeFileSystem, exec: execWithExeca, env: { PATH: process.env.PATH ?? '' } };

const repository = (files: Record<string, string>, git: boolean): string => {
  const root = temp('rw-traces-');
  for (const [path, body] of Object.entries({ 'reports/README.md': text, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  if (git) {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
  }
  return root;
};

test('should key traces by item, with evidence, and tell items no rule covers', async () => {
  const root = repository({ Dockerfile: dockerfile }, true);
  const items = parseReport(text).items;
  const traces = (await checklistTraces(join(root, 'reports', 'README.md'), items, io))!;
  expect(Object.keys(traces).map(Number)).toEqual(items.map((i) => i.index));
  expect(traces[4]).toEqual({
    text: 'Construct one or multiple docker files for your code (M10)',
    traceable: true,
    evidence: [{ path: 'Dockerfile', why: "a Dockerfile, the group's own file" }],
  });
  expect(traces[1]!.evidence.map((e) => e.path)).toEqual(['.git']);
  expect(traces[10]).toEqual({
    text: 'Draw an architecture diagram of the pipeline',
    traceable: false,
    evidence: [],
  });
});

test('should be null for a report in no repository', async () => {
  const root = temp('rw-traces-none-');
  writeFileSync(join(root, 'README.md'), text);
  expect(await checklistTraces(join(root, 'README.md'), parseReport(text).items, io)).toBe(null);
});
