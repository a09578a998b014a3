import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

describe('bad input', () => {
  it('should say a missing file is missing and exit 2', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', 'nope.md'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: nope.md: no such file or directory.\n');
  });

  it('should say a directory has no report', async () => {
    const { io, out, cwd } = makeIo();
    mkdirSync(join(cwd, 'empty'));
    expect(await runCli(['status', 'empty'], io)).toBe(2);
    expect(out.stderr).toBe(
      "report-wizard: empty: no reports/README.md or README.md in this directory, and no reports/README.md in a folder above it up to the file system's root.\n",
    );
  });

  it('should reject a file that is not UTF-8', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    expect(await runCli(['check', path], io)).toBe(2);
    expect(out.stderr).toBe(`report-wizard: ${path} is not valid UTF-8: save it as UTF-8 and try again.\n`);
  });

  it('should reject a file that is not a report', async () => {
    const { io, out, put } = makeIo();
    const path = put('notes.md', '# Notes\n\nNothing here.\n');
    expect(await runCli(['check', path], io)).toBe(2);
    expect(out.stderr).toBe(
      `report-wizard: ${path} is not an exam report: it has no "### Question" headings and no "Answer:".\n`,
    );
  });

  it('should name an unknown option', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', '--frobnicate'], io)).toBe(2);
    expect(out.stderr).toBe(
      "report-wizard: Unknown option '--frobnicate' (usage: report-wizard check [PATH... | --report PATH...] [--json | --format text|json|github|compact] [--watch] [--template auto|2023|2024|2025|2026] [--fail-on LIST])\n",
    );
  });
});

const answerUsage =
  '(usage: report-wizard answer N [PATH | --report PATH] (--text TEXT | --file F | -) [--json] [--allow-empty] [--force])';

describe('bad option values', () => {
  it('should explain each parseArgs error in one line and exit 2', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport());
    expect(await runCli(['answer', '1', path, '--text'], io)).toBe(2);
    expect(await runCli(['answer', '1', path, '--text', '--- question 1 fill here ---'], io)).toBe(2);
    expect(await runCli(['status', '--json=yes', path], io)).toBe(2);
    expect(await runCli(['toggle', '1', path, '--on=1'], io)).toBe(2);
    expect(out.stderr).toBe(
      [
        `report-wizard: Option '--text <value>' argument missing ${answerUsage}`,
        `report-wizard: --text has a value starting with "-": write it as --text=VALUE ${answerUsage}`,
        "report-wizard: Option '--json' does not take an argument (usage: report-wizard status [PATH | --report PATH] [--json])",
        "report-wizard: Option '--on' does not take an argument (usage: report-wizard toggle ITEM... [PATH | --report PATH] [--json] [--on | --off])",
        '',
      ].join('\n'),
    );
  });
});
