import { chmodSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/commands/answer.js';
import { runCli } from '../../src/cli/run-cli.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

describe('answer', () => {
  it('should write --text into the question and report the count', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await answer(['1', path, '--text', 'Group 42'], io)).toBe(0);
    expect(parseReport(readFileSync(path, 'utf8')).questions[0]!.answer).toBe('Group 42');
    expect(out.stdout).toBe('Question 1 written: 2 words, 0 images · target — · passes.\n');
  });

  it('should find reports/README.md from the current directory and read the answer from stdin', async () => {
    const { io, cwd, put } = makeIo({ stdin: 'line one\r\nline two\n' });
    mkdirSync(join(cwd, 'reports'));
    const path = put('reports/README.md', makeReport({ eol: '\r\n' }));
    expect(await answer(['4', '-'], io)).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(parseReport(text).questions[3]!.answer).toBe('line one\nline two');
    expect(text).toContain('\r\nline one\r\nline two\r\n');
  });

  it('should keep the file mode', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    chmodSync(path, 0o640);
    await answer(['2', path, '--text', 's1'], io);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('should refuse a read-only file with one line and exit 2, leaving it untouched', async () => {
    const { io, out, put } = makeIo();
    const original = makeReport();
    const path = put('README.md', original);
    chmodSync(path, 0o444);
    expect(await runCli(['answer', '1', path, '--text', 'x'], io)).toBe(2);
    expect(out.stderr).toBe(`report-wizard: ${path} is read-only: nothing was written.\n`);
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('should refuse to overwrite a file that changed on disk since it was read', async () => {
    const { io, put } = makeIo();
    const path = put('README.md', makeReport());
    const racing = {
      ...io,
      fs: {
        ...io.fs,
        writeFileAtomic: async (p: string, data: string, expected: Uint8Array) => {
          put('README.md', `${makeReport()}edited elsewhere\n`);
          return io.fs.writeFileAtomic(p, data, expected);
        },
      },
    };
    const errors: string[] = [];
    const code = await runCli(['answer', '1', path, '--text', 'x'], {
      ...racing,
      stderr: { write: (s: string) => errors.push(s) },
    });
    expect(code).toBe(2);
    expect(errors).toEqual([
      `report-wizard: ${path} changed on disk since it was read: nothing was written. Run the command again.\n`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(`${makeReport()}edited elsewhere\n`);
  });

  it('should exit 2 with a usage line when the answer is given twice or not at all', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '1', path], io)).toBe(2);
    expect(await runCli(['answer', '1', path, '--text', 'a', '--file', 'b'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Give the answer exactly once: --text TEXT, --file F, or - for standard input.\n'.repeat(
        2,
      ),
    );
  });

  it('should exit 2 for a question the report does not have', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '40', path, '--text', 'a'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: The report has no "### Question 40" heading.\n');
  });

  it('should say a mistyped PATH does not exist rather than print the usage', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['answer', '3', 'reprots', '--text', 'x'], io)).toBe(2);
    expect(await runCli(['answer', '3', 'reprots', '-'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: reprots: no such file or directory.\n'.repeat(2));
  });

  it('should still print the usage for more than one argument after N', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '3', 'x', path, '--text', 'x'], io)).toBe(2);
    expect(await runCli(['answer', '3', '-', '-', path], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Usage: report-wizard answer N [PATH] (--text TEXT | --file F | -)\n'.repeat(2),
    );
  });
});
