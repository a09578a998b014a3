import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import {
  controls,
  controlsShown,
  controlsWithCr,
  controlsWithCrShown,
  expectNoRawControls,
  moreControls,
  moreControlsShown,
} from '../helpers/control-text.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

// A checklist item, a week, a section heading, an answer, a heading inside an answer and an image path holding
// escape sequences; the report sits in a folder whose name holds them too, and a CR.
const hostile = makeReport({
  answers: {
    5: `We kept ${controls} here. ![shot](figures/a${controls}.png)`,
    6: `Text\n\n## Sub ${controls}\n\nmore`,
  },
})
  .replace('Create a git repository for the project (M5)', `Create a ${controls} repository (M5)`)
  .replace('### Week 2', `### Week ${controls} 2`)
  .replace('## Coding environment', `## Coding ${controls} environment`);
const folder = `r${controlsWithCr}`;
const folderShown = `r${controlsWithCrShown}`;

const setup = () => {
  const made = makeIo();
  mkdirSync(join(made.cwd, folder));
  const path = made.put(join(folder, 'README.md'), hostile);
  return { ...made, path, shownPath: join(made.cwd, folderShown, 'README.md') };
};

/** Runs the CLI and checks that neither stream holds a raw control character. */
const run = async (io: ReturnType<typeof makeIo>, args: string[]): Promise<number> => {
  const code = await runCli(args, io.io);
  expectNoRawControls(io.out.stdout);
  expectNoRawControls(io.out.stderr);
  return code;
};

describe('terminal safety: report text with control characters', () => {
  it('should show them in status: the path, a checklist item and a week', async () => {
    const made = setup();
    expect(await run(made, ['status', made.path])).toBe(0);
    const lines = made.out.stdout.split('\n');
    expect(lines[0]).toBe(`${made.shownPath} · 2026 template`);
    expect(lines).toContain(`     1 [ ] Create a ${controlsShown} repository (M5)`);
    expect(lines).toContain(`  Week ${controlsShown} 2 · 0/3`);
  });

  it('should show C1 and bidi controls in status and escape them in status --json and check --json', async () => {
    const made = makeIo();
    const path = made.put(
      'README.md',
      hostile.replace(`Create a ${controls} repository`, `Create a ${moreControls} repository`),
    );
    expect(await run(made, ['status', path])).toBe(0);
    expect(made.out.stdout.split('\n')).toContain(`     1 [ ] Create a ${moreControlsShown} repository (M5)`);
    expect(await run(made, ['status', path, '--json'])).toBe(0);
    expect(made.out.stdout).toContain('"text": "Create a \\u009d\\u009c\\u202e\\u2066 repository (M5)"');
  });

  it('should keep them exact in status --json, escaped', async () => {
    const made = setup();
    expect(await run(made, ['status', made.path, '--json'])).toBe(0);
    expect(made.out.stdout).toContain(
      '"text": "Create a \\u001b]0;x\\u0007\\u001b[2J\\u007f\\u009b repository (M5)"',
    );
    const json = JSON.parse(made.out.stdout) as { file: string; checklist: { items: { text: string }[] }[] };
    expect(json.file).toBe(made.path);
    expect(json.checklist[0]!.items[0]!.text).toBe(`Create a ${controls} repository (M5)`);
  });

  it('should show them in the item toggle prints, and write the item alone', async () => {
    const made = setup();
    expect(await run(made, ['toggle', '1', made.path])).toBe(0);
    expect(made.out.stdout).toBe(`[x] 1. Create a ${controlsShown} repository (M5)\n`);
    expect(readFileSync(made.path, 'utf8')).toBe(
      hostile.replace(`* [ ] Create a ${controls}`, `* [x] Create a ${controls}`),
    );
  });

  it('should show them in the query toggle quotes when nothing matches', async () => {
    const made = setup();
    expect(await run(made, ['toggle', `x${controlsWithCr}`, made.path])).toBe(2);
    expect(made.out).toEqual({
      stdout: '',
      stderr: `report-wizard: No checklist item contains "x${controlsWithCrShown}".\n`,
    });
  });

  it('should show them in an error that quotes the path', async () => {
    const made = setup();
    expect(await run(made, ['status', `no${controlsWithCr}.md`])).toBe(2);
    expect(made.out.stderr).toBe(`report-wizard: no${controlsWithCrShown}.md: no such file or directory.\n`);
  });

  it('should show them in check: the path and the lints that quote a heading or an image path', async () => {
    const made = setup();
    expect(await run(made, ['check', made.path])).toBe(1);
    const lines = made.out.stdout.split('\n');
    expect(lines[0]).toBe(
      `${made.shownPath} · checked as report.py 2026-01-09.e3622b47 (2026 template (31 questions, Q3 0-200 words))`,
    );
    expect(lines).toContain(
      `  ! report.py stops reading question 6's answer at the heading "## Sub ${controlsShown}" on line 117: ` +
        'it counts 1 word and misses the 4 words after it. Use bold text instead of a heading inside an answer.',
    );
    expect(lines).toContain(
      `  ! Question 5's image "figures/a${controlsShown}.png" on line 101 does not exist next to the report: ` +
        'report.py still counts it, but the report shows a broken image. Add the file or fix the path ' +
        '(it is relative to the report, and case matters).',
    );
  });

  it('should show them in check on a report it cannot read, among others', async () => {
    const made = setup();
    expect(await run(made, ['check', made.path, `no${controlsWithCr}.md`, '--json'])).toBe(2);
    expect(made.out.stderr).toBe(`report-wizard: no${controlsWithCrShown}.md: no such file or directory.\n`);
  });

  it('should keep them exact in check --json, escaped', async () => {
    const made = setup();
    expect(await run(made, ['check', made.path, '--json'])).toBe(1);
    const json = JSON.parse(made.out.stdout) as { lints: { rule: string; message: string }[] };
    expect(json.lints.find((l) => l.rule === 'image-missing')?.message).toContain(
      `"figures/a${controls}.png"`,
    );
  });

  it('should show them in the path of a --fail-on line', async () => {
    const made = setup();
    expect(await run(made, ['check', made.path, '--fail-on', 'placeholder'])).toBe(1);
    expect(made.out.stdout.split('\n')[0]).toMatch(
      new RegExp(`^${made.shownPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `),
    );
  });

  it('should show them in --format github and its job summary', async () => {
    const made = setup();
    const summary = join(made.cwd, 'summary.md');
    made.io.env = { GITHUB_STEP_SUMMARY: summary };
    expect(await run(made, ['check', made.path, '--format', 'github'])).toBe(1);
    // GitHub's own escape for a CR in a property is %0D; the other controls are shown.
    const file = join(made.cwd, `r${controlsShown}%0D`, 'README.md');
    const lines = made.out.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).every((l) => l.startsWith(`::warning file=${file},line=`))).toBe(true);
    // Past GitHub's ten warnings the heading lint is in the job summary, shown there too (and made safe for HTML).
    const written = readFileSync(summary, 'utf8');
    expectNoRawControls(written);
    expect(written).toContain(
      `- \`heading-in-answer\` (line 117, question 6): report.py stops reading question 6's ` +
        `answer at the heading "## Sub ${controlsShown.replace(/</g, '&lt;').replace(/>/g, '&gt;')}" on line 117: it counts 1 word and misses the 4 words ` +
        'after it. Use bold text instead of a heading inside an answer.\n',
    );
  });

  it('should show them in the error of a wizard started without a terminal', async () => {
    const made = setup();
    expect(await run(made, [folder])).toBe(2);
    expect(made.out.stderr).toBe(
      `${folderShown}/README.md: questions passing 4/31 · checklist 0/11 checked\n` +
        'report-wizard needs an interactive terminal; use "report-wizard check" or "report-wizard answer" in scripts.\n',
    );
  });
});

describe('terminal safety: evidence', () => {
  /** A git repository whose report holds the hostile checklist item and whose tracked file names hold `name`. */
  const setupEvidence = (name: string) => {
    const made = makeIo({ env: { PATH: process.env.PATH ?? '' } });
    mkdirSync(join(made.cwd, 'reports'));
    made.put(join('reports', 'README.md'), hostile.replace(controls, `${controls}${moreControls}`));
    mkdirSync(join(made.cwd, `src${name}`));
    made.put(join(`src${name}`, 'api.py'), 'from fastapi import FastAPI\n');
    execFileSync('git', ['init', '-q'], { cwd: made.cwd });
    execFileSync('git', ['add', '-A'], { cwd: made.cwd });
    return made;
  };

  it('should keep them exact in evidence --json, escaped, in the item text and the file names', async () => {
    const made = setupEvidence(`${controls}${moreControls}`);
    expect(await run(made, ['evidence', '--json'])).toBe(0);
    const json = JSON.parse(made.out.stdout) as { items: { text: string; evidence: { path: string }[] }[] };
    expect(json.items[0]!.text).toBe(`Create a ${controls}${moreControls} repository (M5)`);
    expect(json.items.flatMap((i) => i.evidence.map((e) => e.path))).toContain(
      `src${controls}${moreControls}/api.py`,
    );
  });

  it('should show a newline and a tab in a file name, so that no fake line appears', async () => {
    const made = setupEvidence(`\n   9 [x] ✓ fake\t`);
    expect(await run(made, ['evidence'])).toBe(0);
    const lines = made.out.stdout.split('\n');
    expect(lines).toHaveLength(15);
    expect(lines.find((line) => line.includes('api.py'))).toMatch(/ · src␊ {3}9 \[x\] ✓ fake␉\/api\.py$/);
  });
});

describe('terminal safety: fix', () => {
  const report = (answer1: string): string =>
    '# Report\n\n## Group information\n\n### Question 1\n> **Group number?**\n>\n> Answer:' +
    answer1 +
    '### Question 2\n> **Study numbers?**\n>\n> Answer:\n\ns1, s2\n';
  const broken = report(` Group 7 ${controls}\n\n--- question 1 fill here ---\n\n`);
  const name = `R${controlsWithCr}.md`;
  const nameShown = `R${controlsWithCrShown}.md`;
  const diff =
    `--- ${nameShown}\n+++ ${nameShown}\n@@ -5,9 +5,9 @@\n` +
    ` ### Question 1\n > **Group number?**\n >\n-> Answer: Group 7 ${controlsShown}\n+> Answer:\n \n` +
    `---- question 1 fill here ---\n+Group 7 ${controlsShown}\n \n` +
    ' ### Question 2\n > **Study numbers?**\n';
  const listed =
    '\n- Moved question 1\'s answer from the "> Answer:" line to below the quote.\n' +
    '- Removed the placeholder "--- question 1 fill here ---" from question 1 (report.py counted its 6 words).\n';

  it('should show them in the diff with --dry-run', async () => {
    const made = makeIo();
    const path = made.put(name, broken);
    expect(await run(made, ['fix', '--dry-run', path])).toBe(0);
    expect(made.out.stdout).toBe(`${diff}${listed}Dry run: nothing was written.\n`);
  });

  it('should show them in the diff and the summary, and write the text with its bytes', async () => {
    const made = makeIo();
    const path = made.put(name, broken);
    expect(await run(made, ['fix', path])).toBe(0);
    expect(made.out.stdout).toBe(`${diff}${listed}Fixed 2 problems in ${nameShown}.\n`);
    expect(readFileSync(path, 'utf8')).toBe(report(`\n\nGroup 7 ${controls}\n\n`));
  });
});

const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const fakePython = fixture('stand-in/fake-python.sh');

describe.skipIf(process.platform === 'win32')('terminal safety: parity', () => {
  /** reports<controls>/README.md and a report.py, and report.py's output replayed from `output`. */
  const setupParity = (output: string, exit = '0') => {
    const made = makeIo({
      env: { PATH: process.env.PATH ?? '', STAND_IN_OUTPUT: join('/', 'tmp', 'unused'), STAND_IN_EXIT: exit },
    });
    mkdirSync(join(made.cwd, folder));
    made.put(join(folder, 'README.md'), readFileSync(fixture('checker-output/mixed-31.md')));
    made.put(join(folder, 'report.py'), 'from loguru import logger\n');
    made.io.env.STAND_IN_OUTPUT = made.put('output.txt', output);
    return made;
  };

  it('should show them in the report path of the table', async () => {
    const made = setupParity(readFileSync(fixture('checker-output/newest-mixed-31.stderr.txt'), 'utf8'));
    expect(await run(made, ['parity', folder, '--python', fakePython])).toBe(0);
    expect(made.out.stdout.split('\n')[0]).toBe(
      `Report:    ${folderShown}/README.md (report.py run with ${fakePython})`,
    );
  });

  it('should show them in the line of report.py output an error quotes', async () => {
    const made = setupParity(`Traceback\nboom ${controls}\n`, '1');
    expect(await run(made, ['parity', folder, '--python', fakePython])).toBe(2);
    expect(made.out.stderr).toBe(
      // parseCheckerOutput drops CSI sequences (report.py's colours) before anything quotes the line.
      `report-wizard: Could not read report.py's output (exit status 1, last line "boom ␛]0;x␇␡<U+009B>"): ` +
        `run \`cd '${folderShown}' && ${fakePython} report.py check\` to see it.\n`,
    );
  });

  it('should keep them exact in parity --json, escaped', async () => {
    const made = setupParity(readFileSync(fixture('checker-output/newest-mixed-31.stderr.txt'), 'utf8'));
    expect(await run(made, ['parity', folder, '--python', fakePython, '--json'])).toBe(0);
    expect((JSON.parse(made.out.stdout) as { report: string }).report).toBe(`${folder}/README.md`);
  });
});

// The check every test above relies on must be able to fail.
it('should find the raw control characters in the report itself', () => {
  expect(() => expectNoRawControls(hostile)).toThrow();
});
