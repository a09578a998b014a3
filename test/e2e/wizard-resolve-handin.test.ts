import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { requireCurrentDist } from '../helpers/current-dist.js';
import { type Term, hasTmux, startTerm } from '../helpers/term.js';
import { git } from '../helpers/test-git.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'report-wizard.js');
const tmux = hasTmux();
const posix = process.platform !== 'win32';
const filled = readFileSync(new URL('../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const minimal = readFileSync(new URL('../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8');

beforeAll(requireCurrentDist);

/** `text` with `line` as the first line of question `n`'s answer. */
const addLine = (text: string, n: number, line: string): string => {
  const heading = text.indexOf(`### Question ${n}\n`);
  const marker = text.indexOf('Answer:', heading);
  const end = text.indexOf('\n', marker);
  return `${text.slice(0, end + 1)}\n${line}\n${text.slice(end + 1)}`;
};

let dir: string;
let term: Term | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-wizard-e2e-resolve-'));
});
afterEach(async () => {
  term?.close();
  term = null;
  await rm(dir, { recursive: true, force: true });
});

/** `git` that may fail (a merge that conflicts exits 1). */
const gitMay = (cwd: string, ...args: string[]): void => {
  try {
    git(cwd, ...args);
  } catch {
    // The conflict is what the test wants.
  }
};

/** A clone of a bare origin holding `text` as reports/README.md on main. */
const cloneWith = async (text: string): Promise<{ origin: string; clone: string }> => {
  const origin = join(dir, 'origin.git');
  const clone = join(dir, 'a');
  git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  git(dir, 'clone', '-q', origin, clone);
  git(clone, 'checkout', '-q', '-b', 'main');
  await mkdir(join(clone, 'reports'));
  await writeFile(join(clone, 'reports', 'README.md'), text);
  git(clone, 'add', '.');
  git(clone, 'commit', '-qm', 'base');
  git(clone, 'push', '-q', 'origin', 'main');
  git(clone, 'remote', 'set-head', 'origin', 'main');
  return { origin, clone };
};

const start = (cwd: string, columns = 80, rows = 24): Term => {
  term = startTerm([process.execPath, bin, 'reports/README.md'], {
    cwd,
    env: { REPORT_WIZARD_STATE_DIR: join(dir, 'state'), NO_COLOR: '1' },
    columns,
    rows,
  });
  return term;
};

// Ours writes question 5 and 7, theirs question 5 and 9: only question 5 conflicts.
const ours = addLine(addLine(filled, 5, 'Ours wrote this about the structure.'), 7, 'Ours on question 7.');
const theirs = addLine(addLine(filled, 5, 'Theirs wrote that instead.'), 9, 'Theirs on question 9.');

describe.runIf(tmux && posix)('the Resolve screen in a real terminal', () => {
  test('should open on a report git left unmerged, take theirs in question 5 only, then git add it on a', async () => {
    const { origin, clone } = await cloneWith(filled);
    const other = join(dir, 'b');
    git(dir, 'clone', '-q', origin, other);
    await writeFile(join(other, 'reports', 'README.md'), theirs);
    git(other, 'commit', '-qam', 'theirs');
    git(other, 'push', '-q', 'origin', 'HEAD:main');
    await writeFile(join(clone, 'reports', 'README.md'), ours);
    git(clone, 'commit', '-qam', 'ours');
    gitMay(clone, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    expect(git(clone, 'ls-files', '-u').split('\n').filter(Boolean)).toHaveLength(3);

    const t = start(clone);
    const screen = await t.waitFor("Resolve: 1 conflict from git's index");
    expect(screen).toContain('› Question 5 · ours ');
    expect(screen).toContain('ours (o): ');
    expect(screen).toContain('  Ours wrote this about the structure.');
    expect(screen).toContain('  Theirs wrote that instead.');
    expect(screen).toContain('base:');
    t.keys('t');
    await t.waitFor('No conflict left in the report.');
    // Theirs in question 5; question 7 (ours) and 9 (theirs) as git merged them; every other byte as it was.
    const expected = addLine(addLine(filled, 5, 'Theirs wrote that instead.'), 7, 'Ours on question 7.');
    expect(await readFile(join(clone, 'reports', 'README.md'), 'utf8')).toBe(
      addLine(expected, 9, 'Theirs on question 9.'),
    );
    // Nothing runs git add before the key.
    expect(git(clone, 'diff', '--name-only', '--diff-filter=U')).toBe('reports/README.md\n');
    t.keys('a');
    await t.waitFor('Ran git add reports/README.md');
    expect(git(clone, 'diff', '--name-only', '--diff-filter=U')).toBe('');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });

  test('should open on markers committed in the file (a merge made on GitHub) and take ours in a 40x10 terminal', async () => {
    const base = join(dir, 'base.md');
    const a = join(dir, 'ours.md');
    const b = join(dir, 'theirs.md');
    await writeFile(base, filled);
    await writeFile(a, ours);
    await writeFile(b, theirs);
    let marked = '';
    try {
      git(dir, 'merge-file', '-p', a, base, b);
    } catch (error) {
      marked = String((error as { stdout: string }).stdout);
    }
    expect(marked).toContain('<<<<<<< ');
    const { clone } = await cloneWith(marked);
    const t = start(clone, 40, 10);
    const screen = await t.waitFor('Resolve: 1 conflict');
    const lines = screen.split('\n');
    expect(lines.length).toBeLessThanOrEqual(10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(screen).toContain('from the markers');
    t.keys('o');
    await t.waitFor('No conflict left');
    const expected = addLine(
      addLine(filled, 5, 'Ours wrote this about the structure.'),
      7,
      'Ours on question 7.',
    );
    expect(await readFile(join(clone, 'reports', 'README.md'), 'utf8')).toBe(
      addLine(expected, 9, 'Theirs on question 9.'),
    );
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });
});

describe.runIf(tmux && posix)('the hand-in screen in a real terminal', () => {
  test('should badge and list an answer written only on another branch', async () => {
    const { clone } = await cloneWith(minimal);
    git(clone, 'checkout', '-q', '-b', 'draft');
    const words = Array.from({ length: 149 }, (_, i) => `word${i}`).join(' ');
    const written = minimal.replace('--- question 27 fill here ---', words);
    await writeFile(join(clone, 'reports', 'README.md'), written);
    git(clone, 'commit', '-qam', 'final?');
    git(clone, 'push', '-q', 'origin', 'draft');
    git(clone, 'checkout', '-q', 'main');

    const t = start(clone);
    await t.waitFor('hand-in: stranded Q27');
    t.keys('h');
    const screen = await t.waitFor('Hand-in: what staff would grade now');
    expect(screen).toContain('Graded: origin/main at ');
    // The stranded answer comes after report.py's verdict and lints: page up from the bottom until it shows.
    const stranded = /Question 27: placeholder on origin\/main; 149 words on draft, [0-9a-f]{7},/;
    t.keys('End');
    let shown = await t.waitUntil((s) => s !== screen, 'the bottom');
    for (let page = 0; page < 12 && !stranded.test(shown); page++) {
      const before = shown;
      t.keys('PageUp');
      shown = await t.waitUntil((s) => s !== before, 'the page above');
    }
    expect(shown).toMatch(stranded);
    t.keys('Escape');
    await t.waitUntil((s) => !s.includes('Hand-in: what staff'), 'the overview');
    t.keys('q');
    expect(await t.exitCode()).toBe(0);
  });
});
