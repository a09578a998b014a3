import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { migrateReport } from '../../src/report/migrate-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

const old = makeReport({
  generation: '2024',
  answers: Object.fromEntries(Array.from({ length: 27 }, (_, i) => [i + 1, `Old answer number ${i + 1}.`])),
});
const template = makeReport({ generation: '2026' });
const expected = migrateReport(parseReport(old), parseReport(template));

describe('migrate', () => {
  it('should show the mapping and the diff, and write the report into the template', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    const templatePath = put('new-template.md', template);
    expect(await runCli(['migrate', path, '--template', templatePath], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('Question 1 -> question 1 (prompts 100% alike)\n');
    expect(out.stdout).toContain('Question 27 -> question 31 (prompts 50% alike)\n');
    expect(out.stdout).toContain(
      'Question 3 ("Which framework did you choose, and did it help you complete the project?") has no question ' +
        'in the new template: its answer is kept in a comment above the first question.\n',
    );
    expect(out.stdout).toContain('--- README.md\n+++ README.md\n');
    expect(out.stdout.endsWith('Moved README.md into the 2026 template.\n')).toBe(true);
    expect(expected.refused).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(expected.refused === null ? expected.text : '');
  });

  it('should write nothing with --dry-run', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    expect(await runCli(['migrate', path, '--template', put('t.md', template), '--dry-run'], io)).toBe(0);
    expect(out.stdout.endsWith('Dry run: nothing was written.\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(old);
  });

  it('should exit 2 without --template, with an older template, or for a report already in it', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    expect(await runCli(['migrate', path], io)).toBe(2);
    expect(await runCli(['migrate', path, '--template', put('old.md', old)], io)).toBe(2);
    expect(await runCli(['migrate', put('new.md', template), '--template', put('t.md', template)], io)).toBe(
      2,
    );
    expect(await runCli(['migrate', path, '--template', put('t2.md', template), '--to', '2025'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: Name the newest template with --template FILE (usage: report-wizard migrate [PATH | --report ' +
        'PATH] (--template FILE) [--to 2026] [--dry-run])\n' +
        `report-wizard: ${io.cwd}/old.md does not look like the 2026 template (it looks like 2024): pass the ` +
        "course's newest reports/README.md.\n" +
        `report-wizard: ${io.cwd}/new.md already uses the 2026 template.\n` +
        'report-wizard: --to must be one of 2026; got "2025" (usage: report-wizard migrate [PATH | --report PATH] ' +
        '(--template FILE) [--to 2026] [--dry-run])\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(old);
  });
});
