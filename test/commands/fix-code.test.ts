import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { answeredReport } from '../report/lints/answered-report.js';

describe('fix and fenced code', () => {
  const text = answeredReport({ 4: 'Run:\n\n```bash\nmake\n```' });

  it('should show the indented-code rewrite without applying it', async () => {
    const { io, out, put, cwd } = makeIo();
    put('README.md', text);
    expect(await runCli(['fix', 'README.md'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^Nothing to fix\.\n\nNot applied: fenced code, which report-wizard fix --code rewrites as indented code:\n--- README\.md\n/,
    );
    expect(out.stdout).toContain('\n-```bash\n-make\n-```\n+    make\n');
    expect(out.stdout).toMatch(
      /\n- Question 4: 1 fenced code block as indented code; report\.py would count 2 words fewer \(the fence lines\)\.\n$/,
    );
    // Not applied, so it does not say "Rewrote" (issue 19, item 9).
    expect(out.stdout).not.toContain('Rewrote');
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(text);
  });

  it('should say what it rewrote with --code', async () => {
    const { io, out, put } = makeIo();
    put('README.md', text);
    expect(await runCli(['fix', '--code', 'README.md'], io)).toBe(0);
    expect(out.stdout).toContain(
      '\n- Rewrote 1 fenced code block in question 4 as indented code: report.py counts 2 words fewer (the fence lines).\n',
    );
  });

  it('should rewrite it with --code', async () => {
    const { io, put, cwd } = makeIo();
    put('README.md', text);
    expect(await runCli(['fix', '--code', 'README.md'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(answeredReport({ 4: 'Run:\n\n    make' }));
  });
});
