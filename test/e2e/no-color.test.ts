import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
if (!run) console.log('Skipping the NO_COLOR terminal tests: tmux is not installed.');

// A colour in an SGR sequence: 30–37, 90–97 (foreground), 40–47, 100–107 (background), 38;… and 48;… (256 and RGB).
// eslint-disable-next-line no-control-regex -- escape sequences are what this looks for
const colour = /\u001B\[(?:[\d;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[\d;]*)?m/;

let dir: string;
let term: Term | null = null;
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

/** Starts the wizard's overview with `env`, an editor that writes what FORCE_COLOR it sees, and waits for it. */
const start = async (env: Record<string, string>): Promise<Term> => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-colour-'));
  await mkdir(join(dir, 'reports'));
  await copyFile(fixture, join(dir, 'reports', 'README.md'));
  const editor = join(dir, 'editor.sh');
  await writeFile(
    editor,
    `#!/bin/sh\nprintf '%s' "\${FORCE_COLOR-unset}" > ${JSON.stringify(join(dir, 'seen'))}\nexit 1\n`,
  );
  await chmod(editor, 0o755);
  term = startTerm([process.execPath, bin, 'reports/README.md'], {
    cwd: dir,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), EDITOR: editor, ...env },
  });
  await term.waitFor('↑↓ select', 15_000);
  return term;
};

/** Opens the selected question, hands it to the editor, and returns the FORCE_COLOR the editor saw. */
const forceColorSeenByEditor = async (t: Term): Promise<string> => {
  t.keys('Enter');
  await t.waitFor('^E editor');
  t.keys('C-e');
  const seen = join(dir, 'seen');
  const until = Date.now() + 10_000;
  for (;;) {
    const text = await readFile(seen, 'utf8').catch(() => null);
    if (text !== null) return text;
    if (Date.now() > until) throw new Error(`the editor never ran; the screen shows:\n${t.screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.runIf(run)('the wizard under NO_COLOR', () => {
  beforeAll(requireCurrentDist);

  test('should draw in colour without NO_COLOR', async () => {
    const t = await start({});
    expect(t.styledScreen()).toMatch(colour);
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  test('should draw no colour with NO_COLOR, and leave FORCE_COLOR unset for the programs it starts', async () => {
    const t = await start({ NO_COLOR: '1' });
    expect(t.styledScreen()).not.toMatch(colour);
    expect(await forceColorSeenByEditor(t)).toBe('unset');
    t.keys('Escape');
    await t.waitFor('↑↓ select');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });
});
