import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { memoryStateStore } from '../../src/io/state-store.js';
import { demo } from '../../src/commands/demo.js';
import { copyDemoReport } from '../../src/io/copy-demo-report.js';
import { wizard } from '../../src/commands/wizard.js';

const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-cmd-'));
  await writeFile(join(dir, 'README.md'), minimal);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const collector = () => {
  let text = '';
  return { write: (chunk: string) => (text += chunk), read: () => text };
};

const run = async (args: string[]) => {
  const stdout = collector();
  const stderr = collector();
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: dir },
    fs: nodeFileSystem,
  };
  const code = await wizard(args, io, { store: memoryStateStore() });
  return { code, stdout: stdout.read(), stderr: stderr.read() };
};

test('should print a status summary and a hint, and exit 2, without a terminal', async () => {
  expect(await run([])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'README.md: questions passing 4/31 · checklist 0/11 checked\n' +
      'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.\n',
  });
});

test('should reject a question the report does not have', async () => {
  expect(await run(['README.md', '--question', '32'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'report-wizard: README.md has no question 32.\n',
  });
});

test('should reject an unknown option as every command does, with the usage line', async () => {
  expect(await run(['--colour'])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      "report-wizard: Unknown option '--colour' (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])\n",
  });
});

test('should reject --question without a number', async () => {
  expect(await run(['--question=twelve'])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'report-wizard: --question needs a question number (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])\n',
  });
});

test('should reject --question together with --checklist', async () => {
  expect((await run(['--question', '3', '--checklist'])).stderr).toBe(
    'report-wizard: Use either --question or --checklist, not both (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])\n',
  );
});

test('should say when there is no report', async () => {
  expect(await run(['missing.md'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'report-wizard: missing.md: no such file or directory.\n',
  });
});

const demoTemplate = new URL('../../templates/demo/README.md', import.meta.url);
const hasDemo = (() => {
  try {
    readFileSync(demoTemplate);
    return true;
  } catch {
    console.log('Skipping the demo test: templates/demo/README.md is not there yet.');
    return false;
  }
})();

test.runIf(hasDemo)(
  'should copy the demo report and its figures into a fresh folder and open it',
  async () => {
    const stderr = collector();
    const io: CliIo = {
      stdout: collector(),
      stderr,
      stdin: new PassThrough(),
      cwd: dir,
      env: {},
      fs: nodeFileSystem,
    };
    // A demo killed earlier left an entry for its copy, now gone; another report's entry stays.
    const gone = join(tmpdir(), 'report-wizard-demo-gone0', 'README.md');
    const kept = join(dir, 'README.md');
    const state = { screen: 'overview' as const, question: 1, drafts: [] };
    const store = memoryStateStore({ [gone]: state, [kept]: state });
    expect(await demo([], io, { store })).toBe(2);
    const lines = stderr.read().split('\n');
    expect(lines[1]).toBe(
      'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.',
    );
    const copy = /^(\/.+README\.md): questions passing \d+\/31 · checklist \d+\/\d+ checked$/.exec(
      lines[0]!,
    )?.[1];
    expect(copy).toBeDefined();
    expect(lines).toHaveLength(3);
    // The copy was for trying only: its folder and any saved state of it are gone once the wizard ends.
    expect(existsSync(dirname(copy!))).toBe(false);
    expect([...store.saved.keys()]).toEqual([kept]);
  },
);

test.runIf(hasDemo)('should copy the demo report with a figure for every figure it links to', async () => {
  const copy = (await copyDemoReport(import.meta.url))!;
  expect(readFileSync(copy, 'utf8')).toBe(readFileSync(demoTemplate, 'utf8'));
  const figures = await readdir(join(dirname(copy), 'figures'));
  expect(figures.length).toBeGreaterThan(0);
  await rm(dirname(copy), { recursive: true, force: true });
});

test('should check demo flags before copying anything, and take no path', async () => {
  const before = (await readdir(tmpdir())).filter((f) => f.startsWith('report-wizard-demo-')).length;
  const io: CliIo = {
    stdout: collector(),
    stderr: collector(),
    stdin: new PassThrough(),
    cwd: dir,
    env: {},
    fs: nodeFileSystem,
  };
  await expect(demo(['--bogus'], io, { store: memoryStateStore() })).rejects.toThrow(
    "Unknown option '--bogus'",
  );
  await expect(demo(['extra'], io, { store: memoryStateStore() })).rejects.toThrow(
    'demo takes no report path: it opens a copy of the demo report (usage: report-wizard demo',
  );
  const after = (await readdir(tmpdir())).filter((f) => f.startsWith('report-wizard-demo-')).length;
  expect(after).toBe(before);
});
