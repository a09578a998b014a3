import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';

const bin = fileURLToPath(new URL('../../bin/report-wizard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/reports/minimal-2026.md', import.meta.url));
// Under CI a missing tmux fails these tests instead of skipping them.
const run = hasTmux() || process.env.CI === 'true';
if (!run) console.log("Skipping the wizard's first-frame test: tmux is not installed.");

let dir: string;
let term: Term | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

/** Starts the wizard on a copy of the fixture with `probe` preloaded (it gets the path it notes to) and the path. */
const startProbed = async (probe: (noteTo: string) => string[]): Promise<{ notes: string; wizard: Term }> => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-first-frame-'));
  await copyFile(fixture, join(dir, 'README.md'));
  const notes = join(dir, 'notes.txt');
  const preload = join(dir, 'probe.cjs');
  await writeFile(preload, probe(JSON.stringify(notes)).join('\n'));
  const wizard = startTerm([process.execPath, '--require', preload, bin, 'README.md'], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache') },
  });
  term = wizard;
  await wizard.waitFor('↑↓ select', 15_000);
  return { notes, wizard };
};

describe.runIf(run)("the wizard's first frame", () => {
  beforeAll(requireCurrentDist);

  test('should make no Intl.Segmenter for a report of plain text (the first loads ICU: more than all of Node’s start)', async () => {
    // Notes where each Intl.Segmenter is made, before the wizard loads anything.
    const { notes: made, wizard } = await startProbed((notes) => [
      "const { appendFileSync } = require('node:fs');",
      'const Real = Intl.Segmenter;',
      'Intl.Segmenter = new Proxy(Real, {',
      '  construct(target, args) {',
      `    appendFileSync(${notes}, new Error().stack + '\\n');`,
      '    return Reflect.construct(target, args);',
      '  },',
      '});',
    ]);
    expect(await readFile(made, 'utf8').catch(() => '')).toBe('');
    // The probe works: a combining accent typed into an answer needs the segmenter, and gets it.
    wizard.keys('Enter');
    await wizard.waitFor('^S save', 5000);
    wizard.type('e\u0301');
    const until = Date.now() + 5000;
    while ((await readFile(made, 'utf8').catch(() => '')) === '') {
      if (Date.now() > until)
        throw new Error(`no Intl.Segmenter was made for "e\u0301":\n${wizard.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  test('should read keys raw from its first frame on, so a Ctrl+C as the frame appears is a key, not a SIGINT', async () => {
    // Notes whether the terminal was raw when the first frame was written, before the wizard loads anything.
    const { notes: seen, wizard } = await startProbed((notes) => [
      "const { writeFileSync } = require('node:fs');",
      'const write = process.stdout.write.bind(process.stdout);',
      'let noted = false;',
      'process.stdout.write = (chunk, ...rest) => {',
      "  if (!noted && String(chunk).includes('↑↓ select')) {",
      '    noted = true;',
      `    writeFileSync(${notes}, String(process.stdin.isRaw));`,
      '  }',
      '  return write(chunk, ...rest);',
      '};',
    ]);
    expect(await readFile(seen, 'utf8')).toBe('true');
    wizard.keys('C-c');
    expect(await wizard.exitCode()).toBe(0);
  });

  test('should draw its frames in a terminal whose shell exports CI=true (Ink would draw only at the exit)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-wizard-first-frame-'));
    await copyFile(fixture, join(dir, 'README.md'));
    const wizard = startTerm([process.execPath, bin, 'README.md'], {
      cwd: dir,
      env: {
        CI: 'true',
        REPORT_WIZARD_STATE_DIR: join(dir, 'state'),
        XDG_CACHE_HOME: join(dir, 'cache'),
      },
    });
    term = wizard;
    await wizard.waitFor('↑↓ select', 15_000);
    wizard.keys('q');
    expect(await wizard.exitCode()).toBe(0);
  });
});
