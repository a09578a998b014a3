import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
// The template's M10 wording (the rule matches it), unticked, as every other item.
const original = readFileSync(
  new URL('../fixtures/reports/minimal-2026.md', import.meta.url),
  'utf8',
).replace(
  'Build a docker image for training and check that it runs (M10)',
  'Construct one or multiple docker files for your code (M10)',
);
const tmux = hasTmux();
const ci = process.env.CI === 'true';
if (!tmux && !ci)
  console.log('Skipping the evidence pseudo-terminal test: tmux is not installed (apt-get install tmux).');

/** The newest modification time under `dir`. */
const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );

// The test runs the bundle: build it when it is missing or older than the sources.
beforeAll(() => {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, 'src'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

test.runIf(ci)('should have tmux when CI=true: the evidence terminal test must not skip there', () => {
  expect(tmux).toBe(true);
});

let dir = '';
let term: Term | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe.runIf(tmux)('the checklist with evidence in a pseudo-terminal', () => {
  test('should suggest the M10 item, tick it with +, untick it with u, and leave the report byte for byte', async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-wizard-evidence-'));
    await mkdir(join(dir, 'reports'));
    const report = join(dir, 'reports', 'README.md');
    await writeFile(report, original);
    // The group's own Dockerfile, not the template's.
    await writeFile(
      join(dir, 'Dockerfile'),
      'FROM nvcr.io/nvidia/pytorch:24.01\nRUN dvc pull --force\nCMD ["python", "-m", "fish.train"]\n',
    );
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const t = (term = startTerm([process.execPath, bin, 'reports/README.md', '--checklist'], {
      cwd: dir,
      env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state') },
    }));
    // The git repository (M5) and the Dockerfile (M10): evidence, not ticked.
    await t.waitFor('Evidence · + 2 not ticked · ? 0 ticked, no trace');
    await t.waitFor('[ ] + Construct one or multiple docker files for your code (M10)');
    t.type('+');
    await t.waitFor('Ticked 2 items with evidence in one write: u undoes it.');
    await t.waitFor('[x] ✓ Construct one or multiple docker files for your code (M10)');
    const ticked = parseReport(await readFile(report, 'utf8')).items;
    expect(ticked.filter((i) => i.checked).map((i) => i.index)).toEqual([1, 4]);
    t.type('u');
    await t.waitFor('Unticked the 2 items the tick-all ticked.');
    await t.waitFor('[ ] + Construct one or multiple docker files for your code (M10)');
    expect(await readFile(report)).toEqual(Buffer.from(original));
    t.type('q');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(report)).toEqual(Buffer.from(original));
  });
});
