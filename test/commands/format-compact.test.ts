import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/commands/format-compact.js';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

// VS Code's built-in `$gcc` problem matcher, and the one the README's task uses.
const gcc = /^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$/;
// The VS Code task the README gives students: its pattern must read what `--format compact` prints.
const task = JSON.parse(
  /### In your editor[\s\S]*?```json\n([\s\S]*?)```/.exec(
    readFileSync(new URL('../../README.md', import.meta.url), 'utf8'),
  )![1]!,
) as { tasks: { problemMatcher: { pattern: { regexp: string } } }[] };
const readme = new RegExp(task.tasks[0]!.problemMatcher.pattern.regexp);

describe('formatCompact', () => {
  it('should print path:line:column: severity: message [rule], on one line each', () => {
    expect(
      formatCompact('reports/README.md', [
        {
          rule: 'render-list',
          question: 5,
          line: 120,
          message: 'A list right under text.\nAdd a blank line.',
        },
        { rule: 'report-py-refuses', question: null, line: null, message: 'report.py stops with ValueError' },
      ]),
    ).toBe(
      'reports/README.md:120:1: warning: A list right under text. Add a blank line. [render-list]\n' +
        'reports/README.md:1:1: error: report.py stops with ValueError [report-py-refuses]\n',
    );
  });

  it('should give lines both problem matchers read, for every problem of a report', async () => {
    const { io, out, put } = makeIo();
    put('README.md', makeReport({ answers: { 1: 'Group 3' } }));
    expect(await runCli(['check', '--format', 'compact', 'README.md'], io)).toBe(1);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line).toMatch(gcc);
      expect(line).toMatch(readme);
    }
    expect(lines[0]).toBe(
      'README.md:86:1: warning: Question 4 fails report.py: 6 words, 0 images; expected 100–200 words. [report-py]',
    );
  });

  it('should show control characters of the report instead of sending them', () => {
    expect(
      formatCompact('a.md', [{ rule: 'r', question: null, line: 3, message: 'x\u001b]0;t\u0007' }]),
    ).toBe('a.md:3:1: warning: x␛]0;t␇ [r]\n');
  });
});
