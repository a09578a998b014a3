import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();

const report = [
  '# Exam template for 02476 Machine Learning Operations',
  '',
  '## Overall project checklist',
  '',
  '### Week 1',
  '',
  '* [x] Create a git repository (M5)',
  '* [ ] Construct one or multiple docker files for your code (M10)',
  '* [x] Used Hydra to load the configurations and manage your hyperparameters (M11)',
  '',
  '### Week 2',
  '',
  '* [x] Add caching and multi-os/python/pytorch testing to your continuous integration (M17)',
  '* [ ] Create a data storage in GCP Bucket for your data and link this with your data version control setup (M21)',
  '* [x] Create a FastAPI application that can do inference using your model (M22)',
  '',
  '### Extra',
  '',
  '* [x] Make sure all group members have an understanding about all parts of the project',
  '',
  '## Group information',
  '',
  '### Question 1',
  '> **Enter the group number you signed up on <learn.inside.dtu.dk>**',
  '>',
  '> Answer:',
  '',
  '--- question 1 fill here ---',
  '',
].join('\n');

const texts = [
  'Create a git repository (M5)',
  'Construct one or multiple docker files for your code (M10)',
  'Used Hydra to load the configurations and manage your hyperparameters (M11)',
  'Add caching and multi-os/python/pytorch testing to your continuous integration (M17)',
  'Create a data storage in GCP Bucket for your data and link this with your data version control setup (M21)',
  'Create a FastAPI application that can do inference using your model (M22)',
  'Make sure all group members have an understanding about all parts of the project',
];
const checked = [true, false, true, true, false, true, true];

/** A repository holding the report and `files`; under git (`git add -A`, so .gitignore holds) unless `git: false`. */
const makeRepository = (files: Record<string, string>, git = true): string => {
  const root = temp('rw-evidence-');
  for (const [path, text] of Object.entries({ 'reports/README.md': report, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (git) {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
  }
  return root;
};

/** The `evidence --json` items, the evidence of every item listed by number (items without evidence left out). */
const run = async (root: string) => {
  const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
  const code = await runCli(['evidence', '--json'], io);
  expect(out.stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out.stdout) as {
    items: {
      number: number;
      text: string;
      checked: boolean;
      evidence: { path: string; why: string }[];
      suggestion: string | null;
    }[];
  };
};

/** The whole JSON expected when only the git item and the items in `found` have evidence. */
const expected = (found: Record<number, { path: string; why: string }[]>, git = true) => ({
  cut: false,
  items: texts.map((text, i) => {
    const number = i + 1;
    const evidence =
      number === 1
        ? git
          ? [{ path: '.git', why: 'the report is in a git repository' }]
          : []
        : (found[number] ?? []);
    // Item 7 (everyone understands everything) can leave no trace, so it never gets a suggestion.
    const suggestion =
      number === 7
        ? null
        : evidence.length > 0 && !checked[i]
          ? 'check'
          : evidence.length === 0 && checked[i]
            ? 'uncheck'
            : null;
    return { number, text, checked: checked[i], evidence, suggestion };
  }),
});

describe('evidence', () => {
  it('should find a file by path: a dockerfile of the group', async () => {
    const root = makeRepository({
      'dockerfiles/train.dockerfile':
        'FROM nvcr.io/nvidia/pytorch:24.01\nRUN dvc pull --force\nCMD ["python", "-m", "fish.train"]\n',
    });
    expect(await run(root)).toEqual(
      expected({ 2: [{ path: 'dockerfiles/train.dockerfile', why: "a Dockerfile, the group's own file" }] }),
    );
  });

  it('should find an import: hydra in the training script', async () => {
    const root = makeRepository({
      'src/fish/train.py':
        'import os\nimport hydra\n\n@hydra.main(config_path="conf")\ndef main(cfg):\n    pass\n',
    });
    expect(await run(root)).toEqual(
      expected({ 3: [{ path: 'src/fish/train.py', why: 'imports hydra (line 2)' }] }),
    );
  });

  it('should find a workflow key: an OS matrix in a workflow', async () => {
    const root = makeRepository({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n',
    });
    expect(await run(root)).toEqual(
      expected({
        4: [{ path: '.github/workflows/ci.yml', why: 'a test matrix or cache in a workflow (line 5)' }],
      }),
    );
  });

  it('should find a dependency: google-cloud-storage in requirements.txt', async () => {
    const root = makeRepository({ 'requirements.txt': 'numpy>=1.26\ngoogle-cloud-storage==2.14.0\n' });
    expect(await run(root)).toEqual(
      expected({ 5: [{ path: 'requirements.txt', why: 'lists google-cloud-storage (line 2)' }] }),
    );
  });

  it("should not count a file that is still the template's, and say so when the group edited one", async () => {
    const template = [
      'FROM python:3.11-slim AS base',
      'COPY src src/',
      'COPY requirements.txt requirements.txt',
      'RUN pip install -r requirements.txt --no-cache-dir --verbose',
      'ENTRYPOINT ["python", "-u", "src/fish/train.py"]',
    ];
    const root = makeRepository({
      'src/fish/__init__.py': '',
      'dockerfiles/train.dockerfile': `${template.join('\n')}\n`,
      'dockerfiles/api.dockerfile': `${[...template.slice(0, 4), 'RUN dvc pull --force', 'EXPOSE 8080', 'CMD ["uvicorn", "fish.api:app"]'].join('\n')}\n`,
    });
    expect(await run(root)).toEqual(
      expected({
        2: [
          {
            path: 'dockerfiles/api.dockerfile',
            why: "a Dockerfile, the template's file, edited by the group",
          },
        ],
      }),
    );
  });

  it('should match root rules in the project folder above reports/ when it is not the git root', async () => {
    const root = makeRepository({
      'app/reports/README.md': report,
      'app/.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n',
    });
    const { io, out } = makeIo({ cwd: join(root, 'app'), env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence', '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(
      expected({
        4: [{ path: 'app/.github/workflows/ci.yml', why: 'a test matrix or cache in a workflow (line 5)' }],
      }),
    );
  });

  it('should not count files git ignores', async () => {
    const root = makeRepository({
      '.gitignore': 'scratch/\n',
      'scratch/api.py': 'from fastapi import FastAPI\n',
    });
    expect(await run(root)).toEqual(expected({}));
  });

  it('should not count the report itself, nor prose describing the work', async () => {
    const root = makeRepository({ 'docs/notes.md': 'We import hydra and run on gs://fish-data\n' });
    expect(await run(root)).toEqual(expected({}));
  });

  it("should never count the course's report.py next to the report as the group's work", async () => {
    // report.py uses typer, loguru and type hints: without this rule items M7, M9 and M14 would show "+".
    const courseReport = [
      'import typer',
      'from loguru import logger',
      '',
      'app = typer.Typer()',
      '',
      '@app.command()',
      'def check() -> None:',
      '    logger.info("checked")',
      '',
    ].join('\n');
    const checklist =
      [
        '# Exam template for 02476 Machine Learning Operations',
        '',
        '## Overall project checklist',
        '',
        '### Week 1',
        '',
        '* [ ] Do a bit of code typing and remember to document essential parts of your code (M7)',
        '* [ ] Use typer to create command line interfaces for your scripts (M9)',
        '* [ ] Use logging to log important events in your code (M14)',
        '',
      ].join('\n') + report.slice(report.indexOf('## Group information'));
    const root = makeRepository({
      'reports/README.md': checklist,
      'reports/report.py': courseReport,
      'train.py': 'print("train")\n',
    });
    const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence'], io)).toBe(0);
    expect(out.stdout.split('\n').slice(2)).toEqual([
      '   1 [ ]   Do a bit of code typing and remember to document essential …',
      '   2 [ ]   Use typer to create command line interfaces for your script…',
      '   3 [ ]   Use logging to log important events in your code (M14)',
      'With evidence: 0 · evidence, not ticked: 0 · ticked, no trace: 0',
      '',
    ]);
    // The same file elsewhere in the repository is the group's own.
    writeFileSync(join(root, 'cli.py'), courseReport);
    execFileSync('git', ['add', '-A'], { cwd: root });
    const again = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence'], again.io)).toBe(0);
    expect(again.out.stdout).toContain('With evidence: 3 · evidence, not ticked: 3');
  });

  it('should walk the folder above reports/ without git, skipping environments and data', async () => {
    const root = makeRepository(
      {
        'app/main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
        '.venv/lib/site.py': 'import hydra\n',
        'data/raw/fetch.py': 'import hydra\n',
        'node_modules/x/y.py': 'import hydra\n',
        'src/data/make_dataset.py': 'import hydra\n',
      },
      false,
    );
    // A link back up would never end, and a link is not the group's file anyway.
    symlinkSync(root, join(root, 'app/loop'));
    expect(await run(root)).toEqual(
      expected(
        {
          3: [{ path: 'src/data/make_dataset.py', why: 'imports hydra (line 1)' }],
          6: [{ path: 'app/main.py', why: 'imports fastapi (line 1)' }],
        },
        false,
      ),
    );
  });

  it('should print a line per item with its mark and first file', async () => {
    const root = makeRepository({ 'app/main.py': 'from fastapi import FastAPI\n' });
    const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence'], io)).toBe(0);
    expect(out.stdout).toBe(
      [
        `${root} · files git tracks`,
        '  ✓ evidence and ticked · + evidence, not ticked · ? ticked, no trace found',
        '   1 [x] ✓ Create a git repository (M5) · .git',
        '   2 [ ]   Construct one or multiple docker files for your code (M10)',
        '   3 [x] ? Used Hydra to load the configurations and manage your hyper… · no trace found',
        '   4 [x] ? Add caching and multi-os/python/pytorch testing to your con… · no trace found',
        '   5 [ ]   Create a data storage in GCP Bucket for your data and link …',
        '   6 [x] ✓ Create a FastAPI application that can do inference using yo… · app/main.py',
        '   7 [x]   Make sure all group members have an understanding about all…',
        'With evidence: 2 · evidence, not ticked: 0 · ticked, no trace: 2',
        '',
      ].join('\n'),
    );
  });

  it('should give status both counts: evidence, not ticked, and ticked, no trace', async () => {
    const root = makeRepository({
      'dockerfiles/train.dockerfile': 'FROM nvcr.io/nvidia/pytorch:24.01\nRUN dvc pull --force\n',
    });
    const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['status', '--json'], io)).toBe(0);
    expect((JSON.parse(out.stdout) as { evidence: unknown }).evidence).toEqual({
      evidenceNotTicked: 1,
      tickedNoTrace: 3,
      cut: false,
    });
  });

  it('should load the evidence code from dist/lazy/ in the bundle, for evidence and for status', () => {
    const root = makeRepository({ 'app/main.py': 'from fastapi import FastAPI\n' });
    const cli = join(import.meta.dirname, '../../bin/report-wizard.js');
    const status = spawnSync(process.execPath, [cli, 'status', root], { encoding: 'utf8' });
    expect(status.stderr).toBe('');
    expect(status.stdout).toContain(
      '\nEvidence: 0 with evidence, not ticked · 2 ticked, no trace (report-wizard evidence)\n',
    );
    const evidence = spawnSync(process.execPath, [cli, 'evidence', root, '--json'], { encoding: 'utf8' });
    expect(evidence.status).toBe(0);
    expect(JSON.parse(evidence.stdout)).toEqual(
      expected({ 6: [{ path: 'app/main.py', why: 'imports fastapi (line 1)' }] }),
    );
  });

  it("should show the report's control characters as pictures, not send them to the terminal", async () => {
    const root = makeRepository({
      'reports/README.md': report.replace('Create a FastAPI', 'Create a \u001b[2JFastAPI'),
      'app/main.py': 'from fastapi import FastAPI\n',
    });
    const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence'], io)).toBe(0);
    expect(out.stdout.split('\n')[7]).toBe(
      '   6 [x] ✓ Create a ␛[2JFastAPI application that can do inference usin… · app/main.py',
    );
    expect(out.stdout).not.toContain('\u001b');
  });

  it('should refuse a report without a checklist, and a second PATH, with exit 2', async () => {
    const root = makeRepository({
      'reports/README.md': report.slice(report.indexOf('## Group information')),
    });
    const { io, out } = makeIo({ cwd: root, env: { PATH: process.env.PATH ?? '' } });
    expect(await runCli(['evidence'], io)).toBe(2);
    expect(await runCli(['evidence', 'reports', 'reports'], io)).toBe(2);
    expect(out).toEqual({
      stdout: '',
      stderr: [
        `report-wizard: ${join(root, 'reports/README.md')} has no checklist.`,
        'report-wizard: Expected one report path, got "reports" and "reports" (usage: report-wizard evidence [PATH | --report PATH] [--json])',
        '',
      ].join('\n'),
    });
  });

  it('should refuse a report in no repository with exit 2 and one line', async () => {
    const { io, out, put } = makeIo({ env: { PATH: process.env.PATH ?? '' } });
    const path = put('README.md', report);
    expect(await runCli(['evidence', path], io)).toBe(2);
    expect(out).toEqual({
      stdout: '',
      stderr: `report-wizard: ${path} is in no git repository and not in a reports/ folder, so there is no repository to look in.\n`,
    });
  });
});
