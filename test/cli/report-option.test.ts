import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';

const checklist =
  '## Overall project checklist\n\n### Week 1\n\n* [ ] Write a docker file (M10)\n* [ ] Use docker compose (M17)\n\n### Question 1\n> Answer:\n';

describe('--report PATH', () => {
  it('should let toggle take an ITEM that names a folder of code, when --report names the report', async () => {
    const { io, out, cwd, put } = makeIo();
    const path = put('report.md', checklist);
    mkdirSync(join(cwd, 'compose'));
    put('compose/README.md', checklist);
    expect(await runCli(['toggle', 'M10', 'compose', '--report', 'report.md'], io)).toBe(0);
    expect(out.stdout).toBe('[x] 1. Write a docker file (M10)\n[x] 2. Use docker compose (M17)\n');
    expect(readFileSync(path, 'utf8')).toBe(checklist.replaceAll('[ ]', '[x]'));
    expect(readFileSync(join(cwd, 'compose/README.md'), 'utf8')).toBe(checklist);
  });

  it('should not take a folder without a report for the PATH: `toggle M10 compose` beside compose/ toggles both', async () => {
    const { io, out, cwd, put } = makeIo();
    const path = put('README.md', checklist);
    mkdirSync(join(cwd, 'compose'));
    expect(await runCli(['toggle', 'M10', 'compose'], io)).toBe(0);
    expect(out.stdout).toBe('[x] 1. Write a docker file (M10)\n[x] 2. Use docker compose (M17)\n');
    expect(readFileSync(path, 'utf8')).toBe(checklist.replaceAll('[ ]', '[x]'));
  });

  it('should take the last argument as the PATH when it is a folder holding a report', async () => {
    const { io, out, cwd, put } = makeIo();
    mkdirSync(join(cwd, 'group'));
    const path = put('group/README.md', checklist);
    expect(await runCli(['toggle', 'M17', 'group'], io)).toBe(0);
    expect(out.stdout).toBe('[x] 2. Use docker compose (M17)\n');
    expect(readFileSync(path, 'utf8')).toBe(checklist.replace('[ ] Use', '[x] Use'));
  });

  it.each([
    ['status', []],
    ['fix', ['--dry-run']],
    ['check', []],
  ])('should let %s take the report as --report', async (name, extra) => {
    const { io, out, cwd, put } = makeIo();
    mkdirSync(join(cwd, 'sub'));
    put('sub/README.md', checklist);
    const viaFlag = await runCli([name, '--report', 'sub', ...extra], io);
    const flagOut = out.stdout;
    out.stdout = '';
    const viaPath = await runCli([name, 'sub', ...extra], io);
    expect(out.stderr).toBe('');
    expect(viaFlag).toBe(viaPath);
    expect(flagOut).toBe(out.stdout);
  });

  it('should let answer take --report, and refuse a PATH and --report together', async () => {
    const { io, out, put } = makeIo();
    const path = put('r.md', '### Question 1\n> Answer:\n');
    expect(await runCli(['answer', '1', '--report', 'r.md', '--text', 'two words'], io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('### Question 1\n> Answer:\n\ntwo words\n');
    expect(await runCli(['answer', '1', 'r.md', '--report', 'r.md', '--text', 'x'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Give the report once, as PATH or as --report, not both ("r.md", "r.md") (usage: report-wizard answer N [PATH | --report PATH] (--text TEXT | --file F | -) [--json] [--allow-empty] [--force])\n',
    );
  });

  it('should check every report named by PATH and --report, in that order', async () => {
    const { io, out, put } = makeIo();
    put('a.md', '### Question 1\n> Answer:\n');
    put('b.md', '### Question 1\n> Answer:\n\nword\n');
    await runCli(['check', 'a.md', '--report', 'b.md', '--json'], io);
    expect((JSON.parse(out.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['a.md', 'b.md']);
  });
});
