import { parse } from 'yaml';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { driverCommand, preCommitText, workflowText } from '../../src/commands/setup-plan.js';
import { githubFilterMatches } from '../helpers/github-filter-matches.js';
import { makeIo } from '../helpers/make-io.js';

const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', PATH: process.env.PATH ?? '' };
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

const preCommit = `repos:
-   repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
    -   id: trailing-whitespace
`;

/** A fresh repository with the report (and, when given, a pre-commit config) and a runner of report-wizard in it. */
const repository = (files: Record<string, string> = {}) => {
  const made = makeIo({ env });
  git(made.cwd, 'init', '-q', '-b', 'main');
  mkdirSync(join(made.cwd, 'reports'));
  made.put('reports/README.md', '# report\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(made.cwd, name, '..'), { recursive: true });
    made.put(name, text);
  }
  const run = async (...args: string[]) => {
    made.out.stdout = '';
    made.out.stderr = '';
    const code = await runCli(args, made.io);
    return { code, stdout: made.out.stdout, stderr: made.out.stderr };
  };
  /** Every file of the work tree and the merge driver's config, to compare before and after. */
  const snapshot = (): string => {
    const walk = (dir: string): string[] =>
      readdirSync(join(made.cwd, dir), { withFileTypes: true }).flatMap((e) =>
        e.name === '.git'
          ? []
          : e.isDirectory()
            ? walk(join(dir, e.name))
            : [`${join(dir, e.name)}:${readFileSync(join(made.cwd, dir, e.name), 'utf8')}`],
      );
    let config = '';
    try {
      config = git(made.cwd, 'config', '--local', '--get-regexp', '^merge\\.');
    } catch {
      // No merge section.
    }
    return [...walk('.'), config].join('\n');
  };
  return { ...made, run, snapshot };
};

describe('setup', () => {
  it('should say what it would change with --dry-run, changing nothing', async () => {
    const repo = repository({ '.pre-commit-config.yaml': preCommit });
    const before = repo.snapshot();
    expect(await repo.run('setup', '--dry-run')).toEqual({
      code: 0,
      stdout:
        'would: add to .gitattributes: reports/README.md merge=report-wizard\n' +
        'would: add the report-wizard hook to .pre-commit-config.yaml\n' +
        'would: set the merge driver in .git/config (merge.report-wizard)\n',
      stderr: '',
    });
    expect(repo.snapshot()).toBe(before);
  });

  it('should write the attribute, the driver and the hook once, and undo exactly that', async () => {
    const repo = repository({ '.pre-commit-config.yaml': preCommit, '.gitattributes': '*.png binary' });
    const before = repo.snapshot();
    expect((await repo.run('setup')).code).toBe(0);
    expect(readFileSync(join(repo.cwd, '.gitattributes'), 'utf8')).toBe(
      '*.png binary\nreports/README.md merge=report-wizard\n',
    );
    expect(readFileSync(join(repo.cwd, '.pre-commit-config.yaml'), 'utf8')).toBe(
      preCommit +
        '# report-wizard: begin (report-wizard setup added this hook; setup --undo removes it)\n' +
        '- repo: local\n  hooks:\n    - id: report-wizard\n      name: exam report (report-wizard)\n' +
        '      entry: npx --yes report-wizard check --fail-on hand-in\n      language: system\n' +
        '      files: "^reports/README\\\\.md$"\n# report-wizard: end\n',
    );
    expect(git(repo.cwd, 'config', '--get', 'merge.report-wizard.driver')).toMatch(
      /^sh -c '.*merge-driver.*' %O %A %B %P\n$/,
    );
    expect(git(repo.cwd, 'check-attr', 'merge', '--', 'reports/README.md')).toBe(
      'reports/README.md: merge: report-wizard\n',
    );
    const once = repo.snapshot();
    expect(await repo.run('setup')).toEqual({
      code: 0,
      stdout: 'Already set up: nothing to change.\n',
      stderr: '',
    });
    expect(repo.snapshot()).toBe(once);
    expect((await repo.run('setup', '--undo')).code).toBe(0);
    // The attribute file had no final newline: it comes back with one, the only byte setup cannot tell it added.
    expect(repo.snapshot()).toBe(before.replace('*.png binary', '*.png binary\n'));
    expect((await repo.run('setup', '--undo')).stdout).toBe(
      'Nothing to undo: report-wizard setup has not changed this repository.\n',
    );
  });

  it('should remove a .gitattributes it created', async () => {
    const repo = repository();
    const before = repo.snapshot();
    await repo.run('setup');
    await repo.run('setup', '--undo');
    expect(repo.snapshot()).toBe(before);
  });

  it('should refuse a pre-commit config without a repos list, changing nothing', async () => {
    const repo = repository({ '.pre-commit-config.yaml': 'default_stages: [commit]\n' });
    const before = repo.snapshot();
    expect(await repo.run('setup')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'report-wizard: .pre-commit-config.yaml has no top-level "repos:" list to add the hook to: nothing was changed.\n',
    });
    expect(repo.snapshot()).toBe(before);
  });

  it('should refuse a report path given as an argument, changing nothing', async () => {
    const repo = repository();
    const before = repo.snapshot();
    expect(await repo.run('setup', '--ci', 'docs/README.md')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'report-wizard: setup takes the report as --report docs/README.md, not as an argument (usage: report-wizard setup [--report PATH] [--dry-run] [--undo] [--ci])\n',
    });
    expect(repo.snapshot()).toBe(before);
  });

  it('should refuse outside a git repository', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['setup'], io)).toBe(2);
    expect(out.stderr).toBe(
      "report-wizard: Not inside a git repository: run report-wizard setup in your group's clone.\n",
    );
  });

  it('should write the workflow with --ci once, and remove it with --ci --undo', async () => {
    const repo = repository();
    const before = repo.snapshot();
    expect(await repo.run('setup', '--ci', '--dry-run')).toEqual({
      code: 0,
      stdout:
        'would: write .github/workflows/report.yml (checks reports/README.md on push and pull request)\n',
      stderr: '',
    });
    expect(repo.snapshot()).toBe(before);
    expect((await repo.run('setup', '--ci')).code).toBe(0);
    expect(readFileSync(join(repo.cwd, '.github/workflows/report.yml'), 'utf8')).toBe(
      workflowText('reports/README.md'),
    );
    expect((await repo.run('setup', '--ci')).stdout).toBe('Already set up: nothing to change.\n');
    expect((await repo.run('setup', '--ci', '--undo')).stdout).toBe(
      'did: remove .github/workflows/report.yml\n',
    );
    expect(existsSync(join(repo.cwd, '.github'))).toBe(false);
    expect(repo.snapshot()).toBe(before);
  });

  it('should never overwrite a workflow it did not write', async () => {
    const repo = repository({ '.github/workflows/report.yml': 'name: ours\n' });
    expect(await repo.run('setup', '--ci')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'report-wizard: .github/workflows/report.yml exists and report-wizard did not write it: left alone (rename yours, or remove it first).\n',
    });
    expect(readFileSync(join(repo.cwd, '.github/workflows/report.yml'), 'utf8')).toBe('name: ours\n');
  });

  it('should refuse with --ci a report path holding ${{, which GitHub Actions would expand, writing nothing', async () => {
    const repo = repository();
    mkdirSync(join(repo.cwd, 'reports/${{ secrets.X }}'));
    repo.put('reports/${{ secrets.X }}/README.md', '# report\n');
    const before = repo.snapshot();
    expect(await repo.run('setup', '--ci', '--report', 'reports/${{ secrets.X }}/README.md')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'report-wizard: The report\'s path holds "${{", which GitHub Actions reads as an expression: rename that folder, or write the workflow yourself.\n',
    });
    expect(repo.snapshot()).toBe(before);
  });

  it.each([
    ['my reports/README.md', 'my\treports/README.md'],
    ['r*/README.md', 'rx/README.md'],
    ['r?/README.md', 'ra/README.md'],
    ['[ab]/README.md', 'a/README.md'],
    ['[attr]x/README.md', 'ax/README.md'],
    ['#x/README.md', 'x/README.md'],
    ['!x/README.md', 'x/README.md'],
    ['back\\slash/README.md', 'backslash/README.md'],
    ['"q"/README.md', 'q/README.md'],
    ['a b*/README.md', 'a b/README.md'],
    ['tab\tand\nline/README.md', 'tab and line/README.md'],
    ['README.md', 'sub/README.md'],
  ])(
    'should give exactly the report %j the merge attribute, as git check-attr reads it',
    async (report, similar) => {
      const repo = repository();
      for (const path of [report, similar]) {
        mkdirSync(join(repo.cwd, path, '..'), { recursive: true });
        repo.put(path, '# report\n');
      }
      expect((await repo.run('setup', '--report', report)).code).toBe(0);
      const merge = (path: string): string =>
        git(repo.cwd, 'check-attr', '-z', 'merge', '--', path).split('\0')[2]!;
      expect([merge(report), merge(similar)]).toEqual(['report-wizard', 'unspecified']);
      expect((await repo.run('setup', '--report', report)).stdout).toBe(
        'Already set up: nothing to change.\n',
      );
      expect((await repo.run('setup', '--report', report, '--undo')).code).toBe(0);
      expect(merge(report)).toBe('unspecified');
    },
  );

  it('should put the exact attribute line in place of the one an older setup wrote, and undo either', async () => {
    const repo = repository({
      '.gitattributes': '*.png binary\nmy[[:space:]]reports/README.md merge=report-wizard\n',
    });
    mkdirSync(join(repo.cwd, 'my reports'));
    repo.put('my reports/README.md', '# report\n');
    expect((await repo.run('setup', '--report', 'my reports/README.md')).stdout).toContain(
      'did: add to .gitattributes: "my reports/README.md" merge=report-wizard\n',
    );
    expect(readFileSync(join(repo.cwd, '.gitattributes'), 'utf8')).toBe(
      '*.png binary\n"my reports/README.md" merge=report-wizard\n',
    );
    repo.put('.gitattributes', 'my[[:space:]]reports/README.md merge=report-wizard\n');
    await repo.run('setup', '--report', 'my reports/README.md', '--undo');
    expect(existsSync(join(repo.cwd, '.gitattributes'))).toBe(false);
  });

  it('should say in one line when the workflows path is a file', async () => {
    const repo = repository({ '.github/workflows': 'not a folder\n' });
    expect(await repo.run('setup', '--ci')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'report-wizard: .github/workflows is a file, not a folder: cannot write report.yml there.\n',
    });
  });

  it('should write the workflow GitHub runs: on pushes and pull requests touching the report, check --format github', () => {
    expect(workflowText('reports/README.md')).toBe(
      `# report-wizard setup --ci wrote this file; it rewrites, and setup --ci --undo removes, only a file with this line.
name: Exam report
on:
  push:
    paths:
      - "reports/**"
  pull_request:
    paths:
      - "reports/**"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: '20'
      - name: Check the report as report.py counts it
        run: "npx --yes report-wizard check --format github -- 'reports/README.md'"
      - name: Hand-in check (default branch)
        if: github.ref_name == github.event.repository.default_branch
        run: "npx --yes report-wizard handin -- 'reports/README.md'"
`,
    );
  });

  it('should quote the script path in the driver command', () => {
    expect(driverCommand("/it's/bin.js")).toContain(`' '/it'\\''s/bin.js' %O %A %B %P`);
  });
});

describe('the workflow setup --ci writes', () => {
  it('should be YAML with the keys GitHub requires, checking the report and, on the default branch, the hand-in', () => {
    const workflow = parse(workflowText('reports/README.md')) as {
      name: string;
      on: { push: { paths: string[] }; pull_request: { paths: string[] } };
      jobs: Record<
        string,
        { 'runs-on': string; steps: { uses?: string; run?: string; if?: string; with?: object }[] }
      >;
    };
    expect(workflow.name).toBe('Exam report');
    expect(workflow.on.push.paths).toEqual(['reports/**']);
    expect(workflow.on.pull_request.paths).toEqual(['reports/**']);
    const job = workflow.jobs.report!;
    expect(job['runs-on']).toBe('ubuntu-latest');
    expect(job.steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      "npx --yes report-wizard check --format github -- 'reports/README.md'",
      "npx --yes report-wizard handin -- 'reports/README.md'",
    ]);
    expect(job.steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    expect(job.steps[3]!.if).toBe('github.ref_name == github.event.repository.default_branch');
  });

  it.each([
    ["it's/README.md", "it's/**"],
    ['say "hi"/README.md', 'say "hi"/**'],
    ['a: b/README.md', 'a: b/**'],
    ['x #1/README.md', 'x #1/**'],
    ['my reports/README.md', 'my reports/**'],
    ['-x/README.md', '-x/**'],
    [`-a 'b' "c": #d \\ $HOME/README.md`, `-a 'b' "c": #d \\\\ $HOME/**`],
    ["-it's: #1.md", "-it's: #1.md"],
  ])('should keep the report path %s exact through YAML and the shell', (report, folder) => {
    const workflow = parse(workflowText(report)) as {
      on: { push: { paths: string[] }; pull_request: { paths: string[] } };
      jobs: { report: { steps: { run?: string }[] } };
    };
    expect(workflow.on.push.paths).toEqual([folder]);
    expect(workflow.on.pull_request.paths).toEqual([folder]);
    const runs = workflow.jobs.report.steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    expect(runs).toHaveLength(2);
    // The shell GitHub runs the line with must hand report-wizard the path as one argument, after `--`.
    for (const run of runs) {
      const command = run.replace(
        /^npx --yes report-wizard (?:check --format github|handin) /,
        'printf "%s\\n" ',
      );
      expect(execFileSync('sh', ['-c', command], { encoding: 'utf8' })).toBe(`--\n${report}\n`);
    }
  });
});

describe('the paths filter of the workflow setup --ci writes', () => {
  it.each([
    ['r[1]/README.md', 'r1/README.md'],
    ['a+b/README.md', 'aab/README.md'],
    ['ab?/README.md', 'a/README.md'],
    ['r*/README.md', 'rx/README.md'],
    ['!x/README.md', 'x/README.md'],
    ['back\\slash/README.md', 'backslash/README.md'],
    ['-x[a-z]+.md', '-xb.md'],
  ])('should match exactly the report %j and not %j', (report, similar) => {
    const workflow = parse(workflowText(report)) as {
      on: { push: { paths: string[] }; pull_request: { paths: string[] } };
    };
    for (const [pattern] of [workflow.on.push.paths, workflow.on.pull_request.paths])
      expect([report, similar].map((path) => githubFilterMatches(pattern!, path))).toEqual([true, false]);
  });
});

describe('the pre-commit hook setup writes', () => {
  it.each([`it's/README.md`, 'say "hi"/README.md', 'a: b/README.md', 'x #1/README.md', '-x/README.md'])(
    'should write a pre-commit hook whose files pattern matches exactly the report %s',
    (report) => {
      const planned = preCommitText('repos:\n', report, false);
      if (!('text' in planned) || planned.text === null) throw new Error('no hook was planned');
      const config = parse(planned.text) as { repos: { hooks: { files: string }[] }[] };
      const files = new RegExp(config.repos[0]!.hooks[0]!.files);
      expect([report, `${report}x`, `x${report}`].map((path) => files.test(path))).toEqual([
        true,
        false,
        false,
      ]);
    },
  );
});
