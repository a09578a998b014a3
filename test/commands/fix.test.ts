import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';

const report = (answer1: string): string =>
  '# Report\n\n## Group information\n\n### Question 1\n> **Group number?**\n>\n> Answer:' +
  answer1 +
  '### Question 2\n> **Study numbers?**\n>\n> Answer:\n\ns1, s2\n';

const broken = report(' Group 7\n\n--- question 1 fill here ---\n\n');
const fixed = report('\n\nGroup 7\n\n');
const diff =
  '--- README.md\n+++ README.md\n@@ -5,9 +5,9 @@\n' +
  ' ### Question 1\n > **Group number?**\n >\n-> Answer: Group 7\n+> Answer:\n \n---- question 1 fill here ---\n+Group 7\n \n' +
  ' ### Question 2\n > **Study numbers?**\n';
const listed =
  '\n- Moved question 1\'s answer from the "> Answer:" line to below the quote.\n' +
  '- Removed the placeholder "--- question 1 fill here ---" from question 1 (report.py counted its 6 words).\n';

describe('fix', () => {
  it('should show the diff, list the fixes and write the file', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', broken);
    expect(await runCli(['fix', path], io)).toBe(0);
    expect(out.stdout).toBe(`${diff}${listed}Fixed 2 problems in README.md.\n`);
    expect(out.stderr).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(fixed);
  });

  it('should only show the diff with --dry-run', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', broken);
    expect(await runCli(['fix', '--dry-run', path], io)).toBe(0);
    expect(out.stdout).toBe(`${diff}${listed}Dry run: nothing was written.\n`);
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });

  it('should say so when there is nothing to fix, and leave the file alone', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', fixed);
    expect(await runCli(['fix', path], io)).toBe(0);
    expect(out.stdout).toBe('Nothing to fix.\n');
    expect(readFileSync(path, 'utf8')).toBe(fixed);
  });

  it('should find reports/README.md from the current directory', async () => {
    const { io, put } = makeIo();
    mkdirSync(`${io.cwd}/reports`);
    const path = put('reports/README.md', broken);
    expect(await runCli(['fix'], io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(fixed);
  });

  it('should make curly quotes ASCII only with --windows', async () => {
    const { io, out, put } = makeIo();
    const curly = report('\n\nGroup \u201D7\u201D\n\n');
    const path = put('README.md', curly);
    expect(await runCli(['fix', path], io)).toBe(0);
    expect(out.stdout).toBe('Nothing to fix.\n');
    expect(await runCli(['fix', '--windows', path], io)).toBe(0);
    expect(out.stdout).toBe(
      'Nothing to fix.\n' +
        '--- README.md\n+++ README.md\n@@ -7,7 +7,7 @@\n >\n > Answer:\n \n-Group \u201D7\u201D\n+Group "7"\n \n' +
        ' ### Question 2\n > **Study numbers?**\n\n' +
        "- Replaced 2 curly quotes in question 1's answer with ASCII, as report.py on Windows reads them " +
        'differently; its counts stay the same.\n' +
        'Fixed 1 problem in README.md.\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(report('\n\nGroup "7"\n\n'));
  });

  it('should exit 2 with one line for a missing file', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['fix', 'nope.md'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: nope.md: no such file or directory.\n');
    expect(out.stdout).toBe('');
  });

  it('should exit 2 for two paths', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['fix', 'a.md', 'b.md'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Expected one report path, got "a.md" and "b.md" (usage: report-wizard fix [PATH | --report PATH] [--json] [--dry-run] [--code] [--windows])\n',
    );
  });
});
