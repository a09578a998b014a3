import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { templateUrl } from '../../src/commands/migrate.js';
import { migrateReport } from '../../src/report/migrate-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { loopbackServer } from '../helpers/loopback-server.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

const old = makeReport({
  generation: '2024',
  answers: Object.fromEntries(Array.from({ length: 27 }, (_, i) => [i + 1, `Old answer number ${i + 1}.`])),
});
const template = makeReport({ generation: '2026' });
const expected = migrateReport(parseReport(old), parseReport(template));
const expectedText = expected.refused === null ? expected.text : '';
const usage =
  'usage: report-wizard migrate [PATH | --report PATH] (--template FILE | --fetch) [--url URL] [--timeout SECONDS] ' +
  '[--to 2026] [--json] [--dry-run]';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});
/** A loopback server answering every request with `body` (or never, with null); its URL. */
const serve = async (body: string | null): Promise<string> => {
  const server = await loopbackServer((_, res) => {
    if (body !== null) res.end(body);
  });
  close = server.close;
  return server.url();
};

describe('migrate', () => {
  it('should show the mapping and the diff, and write the report into the template', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    const templatePath = put('new-template.md', template);
    expect(await runCli(['migrate', path, '--template', templatePath], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('--- README.md')[0]).toBe(
      [
        'Questions 1-21: each to the same question.',
        'Question 22 -> question 24 (the same question, renumbered)',
        'Question 23 -> question 26 (the same question, renumbered)',
        'Question 24 -> question 27 (the same question, renumbered)',
        'Question 25 -> question 29 (the same question, renumbered)',
        'Question 26 -> question 30 (the same question, renumbered)',
        'Question 27 -> question 31 (the same question, renumbered)',
        'Checklist: 0 ticked items carried.',
        '',
      ].join('\n'),
    );
    expect(out.stdout).toContain('--- README.md\n+++ README.md\n');
    expect(out.stdout.endsWith('Moved README.md into the 2026 template.\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(expectedText);
  });

  it('should print the mapping, the counts after and the lints as JSON with --json (issue 19 item 14)', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    const templateFile = put('template.md', template);
    expect(await runCli(['migrate', path, '--template', templateFile, '--json'], io)).toBe(0);
    expect(out.stderr).toBe('');
    const value = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(value).toMatchObject({
      file: 'README.md',
      written: true,
      template: templateFile,
      to: '2026',
      answers: expected.refused === null ? expected.answers : [],
      unmatched: [],
      ticks: { carried: 0, unmatched: [] },
      keptComments: 0,
      fatal: null,
      total: 31,
    });
    expect(Object.keys(value).slice(-5)).toEqual(['fatal', 'passed', 'total', 'questions', 'lints']);
    expect(readFileSync(path, 'utf8')).toBe(expectedText);
  });

  it('should write nothing with --dry-run', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    expect(await runCli(['migrate', path, '--template', put('t.md', template), '--dry-run'], io)).toBe(0);
    expect(out.stdout.endsWith('Dry run: nothing was written.\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(old);
  });

  it('should exit 2 without a template, saying where to get it, with an older template, or for a report already in it', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    expect(await runCli(['migrate', path], io)).toBe(2);
    expect(await runCli(['migrate', path, '--template', put('old.md', old)], io)).toBe(2);
    expect(await runCli(['migrate', put('new.md', template), '--template', put('t.md', template)], io)).toBe(
      2,
    );
    expect(await runCli(['migrate', path, '--template', put('t2.md', template), '--to', '2025'], io)).toBe(2);
    expect(out.stderr).toBe(
      `report-wizard: Name the newest template with --template FILE (the course's reports/README.md, ${templateUrl}), ` +
        `or download it with --fetch (${usage})\n` +
        `report-wizard: ${io.cwd}/old.md: it is not the 2026 template (27 questions; it looks like 2024): pass the ` +
        "course's newest reports/README.md.\n" +
        `report-wizard: ${io.cwd}/new.md already uses the 2026 template.\n` +
        `report-wizard: --to must be one of 2026; got "2025" (${usage})\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(old);
  });

  it("should refuse another group's filled report as the template, in one line, writing nothing", async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    const filled = put('theirs.md', makeReport({ generation: '2026', answers: { 4: 'We used conda.' } }));
    const ticked = put('ticked.md', template.replace('* [ ] Push all the code', '* [x] Push all the code'));
    expect(await runCli(['migrate', path, '--template', filled], io)).toBe(2);
    expect(await runCli(['migrate', path, '--template', ticked], io)).toBe(2);
    expect(out.stderr).toBe(
      `report-wizard: ${filled}: question 4 holds an answer, not the template's "--- question 4 fill here ---", so ` +
        "it is someone's filled report, not the blank template: pass the course's newest reports/README.md.\n" +
        `report-wizard: ${ticked}: checklist item 11 is ticked, so it is someone's report, not the blank template: ` +
        "pass the course's newest reports/README.md.\n",
    );
    expect(out.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(old);
  });

  it('should refuse --template with --fetch, and --url or --timeout without --fetch', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', old);
    expect(await runCli(['migrate', path, '--fetch', '--template', put('t.md', template)], io)).toBe(2);
    expect(await runCli(['migrate', path, '--template', 't.md', '--url', 'http://127.0.0.1:1/'], io)).toBe(2);
    expect(await runCli(['migrate', path, '--fetch', '--timeout', '0'], io)).toBe(2);
    expect(out.stderr).toBe(
      `report-wizard: Give either --template FILE or --fetch, not both (${usage})\n` +
        `report-wizard: --url and --timeout go with --fetch (${usage})\n` +
        `report-wizard: --timeout needs a number of seconds above 0, not "0" (${usage})\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(old);
  });

  describe('--fetch', () => {
    it('should download the template from --url and move the report into it', async () => {
      const url = await serve(template);
      const { io, out, put } = makeIo();
      const path = put('README.md', old);
      expect(await runCli(['migrate', path, '--fetch', '--url', url], io)).toBe(0);
      expect(out.stderr).toBe('');
      expect(
        out.stdout.startsWith(
          `Downloaded the 2026 template from ${url}.\nQuestions 1-21: each to the same question.\n`,
        ),
      ).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(expectedText);
    });

    it('should download nothing for a folder without a report, or for a report already in the template', async () => {
      let requests = 0;
      const server = await loopbackServer((_, res) => {
        requests++;
        res.end(template);
      });
      close = server.close;
      const { io, out, put, cwd } = makeIo();
      expect(await runCli(['migrate', '--fetch', '--url', server.url()], io)).toBe(2);
      expect(out.stderr).toContain(
        `report-wizard: ${cwd}: no reports/README.md or README.md in this directory`,
      );
      const path = put('README.md', template);
      out.stderr = '';
      expect(await runCli(['migrate', path, '--fetch', '--url', server.url()], io)).toBe(2);
      expect(out.stderr).toBe(`report-wizard: ${path} already uses the 2026 template.\n`);
      expect([requests, out.stdout]).toEqual([0, '']);
    });

    it('should take the URL from REPORT_WIZARD_TEMPLATE_URL and refuse a download that is no blank template', async () => {
      const url = await serve(makeReport({ generation: '2026', answers: { 1: 'Group 12' } }));
      const { io, out, put } = makeIo({ env: { REPORT_WIZARD_TEMPLATE_URL: url } });
      const path = put('README.md', old);
      expect(await runCli(['migrate', path, '--fetch'], io)).toBe(2);
      expect(out.stderr).toBe(
        `report-wizard: The file downloaded from ${url}: question 1 holds an answer, not the template's "--- ` +
          "question 1 fill here ---\", so it is someone's filled report, not the blank template: pass the course's " +
          'newest reports/README.md.\n',
      );
      expect(readFileSync(path, 'utf8')).toBe(old);
    });

    it('should refuse a download that is no report at all', async () => {
      const url = await serve('<html><body>Rate limited</body></html>');
      const { io, out, put } = makeIo();
      const path = put('README.md', old);
      expect(await runCli(['migrate', path, '--fetch', '--url', url], io)).toBe(2);
      expect(out.stderr).toBe(
        `report-wizard: The file downloaded from ${url}: it is not the 2026 template (0 questions): pass the ` +
          "course's newest reports/README.md.\n",
      );
      expect(readFileSync(path, 'utf8')).toBe(old);
    });

    it('should give up after --timeout on a server that never answers, in one line, writing nothing', async () => {
      const url = await serve(null);
      const { io, out, put } = makeIo();
      const path = put('README.md', old);
      const started = Date.now();
      expect(await runCli(['migrate', path, '--fetch', '--url', url, '--timeout', '0.3'], io)).toBe(2);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(out.stderr).toBe(
        `report-wizard: Could not download ${url}: no answer within 0.3 s (no network, or the server is slow). ` +
          "Download the course's reports/README.md yourself and pass it with --template FILE.\n",
      );
      expect(out.stdout).toBe('');
      expect(readFileSync(path, 'utf8')).toBe(old);
    });

    it('should work through the built command, and say so in one line when nothing answers', async () => {
      const bin = join(import.meta.dirname, '../../bin/report-wizard.js');
      const url = await serve(template);
      const { put } = makeIo();
      const path = put('README.md', old);
      const run = (env: Record<string, string>) =>
        promisify(execFile)(process.execPath, [bin, 'migrate', path, '--fetch'], {
          env: { ...process.env, ...env },
          timeout: 20_000,
        }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => ({ ...error }),
        );
      // Nothing listens on port 9 of the loopback: the connection is refused at once.
      const refused = await run({ REPORT_WIZARD_TEMPLATE_URL: 'http://127.0.0.1:9/README.md' });
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toBe(
        'report-wizard: Could not download http://127.0.0.1:9/README.md: nothing answers at 127.0.0.1:9 ' +
          "(ECONNREFUSED). Download the course's reports/README.md yourself and pass it with --template FILE.\n",
      );
      expect(readFileSync(path, 'utf8')).toBe(old);
      const moved = await run({ REPORT_WIZARD_TEMPLATE_URL: url });
      expect([moved.code, moved.stderr]).toEqual([0, '']);
      expect(readFileSync(path, 'utf8')).toBe(expectedText);
    });
  });
});
