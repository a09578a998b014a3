import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import templatePrint from '../../templates/evidence-template.json' with { type: 'json' };
import rules from '../../templates/evidence.json' with { type: 'json' };
import type { EvidenceRules } from '../../src/evidence/evidence-rules.js';
import { findEvidence } from '../../src/evidence/find-evidence.js';
import { nodeRepositoryFiles } from '../../src/evidence/node-repository-files.js';
import type { ReadRepositoryFile } from '../../src/evidence/read-repository-file.js';
import { reportEvidence } from '../../src/evidence/report-evidence.js';
import { maxTextBytes, scanRepository } from '../../src/evidence/scan-repository.js';
import { execWithChildProcess } from '../../src/io/exec-with-child-process.js';
import { parseReport } from '../../src/report/parse-report.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const env = { PATH: process.env.PATH ?? '' };

const checklist = (items: string[]): string =>
  [
    '## Overall project checklist',
    '',
    ...items.map((i) => `* [x] ${i}`),
    '',
    '### Question 1',
    '',
    'Answer:',
    '',
  ].join('\n');

const files = {
  Dockerfile: 'FROM python:3.12\nRUN pip install uv\n',
  'src/fish/__init__.py': '',
  'src/fish/train.py': '@hydra.main(config_path="../../configs")\ndef main(cfg) -> None:\n    pass\n',
  'configs/train.yaml': 'lr: 0.1\n',
  'docs/notes.md': '# Notes\n\nWe sweep with optuna.\n',
  'data/points.csv': 'x,y\n1,2\n',
  'README.md': '# Fish\n',
};

/** A git repository holding `report` as reports/README.md beside `files`. */
const repository = (report: string): string => {
  const root = temp('rw-report-evidence-');
  for (const [path, body] of Object.entries({ 'reports/README.md': report, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
};

/** The evidence with a reader that counts what it reads, and the evidence of a scan that reads every listed file. */
const evidenceAndReads = async (items: string[]) => {
  const report = checklist(items);
  const root = repository(report);
  const reportPath = join(root, 'reports', 'README.md');
  const node = nodeRepositoryFiles(root, maxTextBytes);
  const reads: string[] = [];
  const read: ReadRepositoryFile = (path, contents) => {
    reads.push(path);
    return node(path, contents);
  };
  const parsed = parseReport(report).items;
  const found = await reportEvidence(reportPath, parsed, { exec: execWithChildProcess, env, read });
  const everything = await scanRepository(root, true, { exec: execWithChildProcess, env });
  const all = findEvidence(
    parsed,
    { ...everything, files: everything.files.filter((f) => f.path !== 'reports/README.md') },
    rules as EvidenceRules,
    templatePrint,
  );
  return { items: found?.items, all, reads: reads.sort() };
};

it('should read only the files the rules of the checklist can look at, and find the same evidence', async () => {
  const { items, all, reads } = await evidenceAndReads([
    'Construct one or multiple docker files for your code (M10)',
    'Used Hydra to load the configurations and manage your hyperparameters (M11)',
  ]);
  // Dockerfiles by path, Python files for imports and lines, __init__.py for the package's name; no prose, no data,
  // no YAML (no rule of these two items reads it), and never the report itself.
  expect(reads).toEqual(['Dockerfile', 'src/fish/__init__.py', 'src/fish/train.py']);
  expect(items).toEqual(all);
  expect(items?.map((i) => i.evidence.map((e) => e.path))).toEqual([['Dockerfile'], ['src/fish/train.py']]);
});

it('should read every file of code and configuration, and no prose, when a line rule reads them all', async () => {
  const { items, all, reads } = await evidenceAndReads(['Do a hyperparameter optimization sweep (M14)']);
  expect(reads).toEqual(['Dockerfile', 'configs/train.yaml', 'src/fish/__init__.py', 'src/fish/train.py']);
  expect(items).toEqual(all);
});

it('should read nothing for a checklist no rule covers', async () => {
  const { items, all, reads } = await evidenceAndReads([
    'Make sure all group members have an understanding about all parts of the project',
  ]);
  expect(reads).toEqual(['src/fish/__init__.py']);
  expect(items).toEqual(all);
});
