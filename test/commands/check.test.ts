import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';
import { type ReportPyFields, reportPyFields } from '../helpers/report-py-fields.js';

const fixtures = join(import.meta.dirname, '../fixtures/reports');
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('check', () => {
  it('should print a row per question with count, target and verdict, then the total', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 1: 'Group 3', 4: words(120), 5: words(20) } }));
    expect(await runCli(['check', 'README.md'], io)).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe(
      'README.md · checked as report.py 2026-01-09.e3622b47 (2026 template (31 questions, Q3 0-200 words))',
    );
    expect(lines[1]).toBe('   Q  words  images  target                         result');
    expect(lines[2]).toBe('   1      2       0  —                              pass');
    expect(lines[5]).toBe('   4    120       0  100–200 words                  pass');
    expect(lines[6]).toBe('   5     20       0  100–200 words                  FAIL (too short)');
    expect(lines[20]).toBe('  19      6       0  1–2 images                     FAIL (too few images)');
    expect(lines[30]).toBe(
      '  29      6       0  200–400 words, 1 image         FAIL (too short, too few images)',
    );
    expect(lines.at(-2)).toBe('5/31 questions pass.');
  });

  it('should exit 0 when every question passes', async () => {
    const { io, cwd } = makeIo();
    copyFileSync(join(fixtures, 'filled-2026.md'), join(cwd, 'README.md'));
    expect(await runCli(['check'], io)).toBe(0);
  });

  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.md')))(
    'should print report.py figures for %s with --json',
    async (name) => {
      const { io, out, cwd } = makeIo();
      copyFileSync(join(fixtures, name), join(cwd, 'README.md'));
      const code = await runCli(['check', '--json'], io);
      const expected = JSON.parse(
        readFileSync(join(fixtures, name.replace(/\.md$/, '.expected.json')), 'utf8'),
      ) as {
        fatal: string | null;
        passed: number | null;
        total: number | null;
      };
      const json = JSON.parse(out.stdout) as ReportPyFields;
      expect(reportPyFields(json)).toEqual(expected);
      expect(code).toBe(expected.fatal === null && expected.passed === expected.total ? 0 : 1);
    },
  );

  it('should print an array with file names for several files', async () => {
    const { io, out, put } = makeIo();
    put('a.md', makeReport());
    put('b.md', makeReport({ questions: 27 }));
    expect(await runCli(['check', '--json', 'a.md', 'b.md'], io)).toBe(1);
    const json = JSON.parse(out.stdout) as { file: string; fatal: string | null; passed: number | null }[];
    expect(json.map((j) => [j.file, j.passed, j.fatal])).toEqual([
      ['a.md', 4, null],
      [
        'b.md',
        null,
        'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
      ],
    ]);
  });

  it('should keep the input order in the array, refused files included', async () => {
    const { io, out, put } = makeIo();
    put('a.md', makeReport());
    put('c.md', makeReport());
    expect(await runCli(['check', '--json', 'a.md', 'missing.md', 'c.md'], io)).toBe(2);
    const json = JSON.parse(out.stdout) as { file: string; error?: string }[];
    expect(json.map((j) => [j.file, j.error ?? null])).toEqual([
      ['a.md', null],
      ['missing.md', 'missing.md: no such file or directory.'],
      ['c.md', null],
    ]);
    expect(out.stderr).toBe('report-wizard: missing.md: no such file or directory.\n');
  });

  it('should write the array, one file at a time, exactly as JSON.stringify with an indent of 2 would', async () => {
    const { io, out, put } = makeIo();
    put('a\u009b.md', makeReport());
    put('c.md', makeReport());
    expect(await runCli(['check', '--json', 'missing.md', 'a\u009b.md', 'c.md'], io)).toBe(2);
    const reprinted = JSON.stringify(JSON.parse(out.stdout), null, 2).replace('\u009b', '\\u009b');
    expect(out.stdout).toBe(`${reprinted}\n`);
    expect(out.stdout).toContain('\\u009b');
  });

  it('should write one file as one object, exactly as JSON.stringify with an indent of 2 would', async () => {
    const { io, out, put } = makeIo();
    put('a.md', makeReport());
    await runCli(['check', '--json', 'a.md'], io);
    expect(out.stdout).toBe(`${JSON.stringify(JSON.parse(out.stdout), null, 2)}\n`);
    expect(out.stdout.startsWith('{\n  "file": "a.md",')).toBe(true);
  });

  it('should say when the template is older and check with its own report.py on request', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ questions: 27, frontMatter: true }));
    expect(await runCli(['check'], io)).toBe(1);
    expect(out.stdout).toContain(
      "This report uses the 2024 template (27 questions, 'Recommended answer length:'); staff grade with the 2026 template (31 questions, Q3 0-200 words). Today's report.py expects 31 answers and refuses this report of 27. Move your answers into the newest template with \"report-wizard migrate --fetch\"; --template 2024 shows how that year's report.py counted them.\n",
    );
    out.stdout = '';
    await runCli(['check', '--template', '2024', '--json'], io);
    expect(JSON.parse(out.stdout)).toMatchObject({
      fatal: null,
      total: 27,
      template: { detected: '2024', checkedWith: '2024' },
    });
  });

  it('should say "1 word" and "1 image", not "1 words" and "1 images"', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 1: 'Group 3', 5: '![a](a.png)' } }));
    await runCli(['check', '--format', 'github', 'README.md'], io);
    expect(out.stdout).toContain('Question 5 fails report.py: 1 word, 1 image; expected 100–200 words.');
  });

  it('should print GitHub annotations for failures and lints', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 1: 'Group 3', 5: words(20) } }));
    await runCli(['check', '--format', 'github', 'README.md'], io);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::warning file=README.md,line=99,title=report-py (question 5)::Question 5 fails report.py: 20 words, 0 images; expected 100–200 words.',
    );
    expect(lines.slice(0, -1).every((l) => l.startsWith('::warning file=README.md'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice title=report-wizard::\d+ more problems not shown here/);
  });

  it('should reject an unknown --template with exit 2', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', '--template', '2019'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: --template must be one of auto, 2023, 2024, 2025, 2026; got "2019" (usage: report-wizard check [PATH... | --report PATH...] [--json | --format text|json|github|compact] [--watch] [--template auto|2023|2024|2025|2026] [--fail-on LIST])\n',
    );
  });
});
