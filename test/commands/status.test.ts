import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';
import { makeReport } from '../helpers/make-report.js';

describe('status', () => {
  it('should summarise answers, passing questions, words and the checklist per week', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport({ answers: { 1: 'Group 3', 2: 's1, s2' } }));
    expect(await runCli(['status', path], io)).toBe(0);
    expect(out.stdout).toBe(
      [
        `${path} · 2026 template`,
        'Questions: 2/31 answered, 4/31 passing',
        'Words: 178',
        'Checklist: 0/11 checked',
        '  Week 1     0/4',
        '  Week 2     0/3',
        '  Week 3     0/2',
        '  Extra      0/2',
        '',
      ].join('\n'),
    );
  });

  it('should print JSON with --json', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport({ questions: 27, frontMatter: true }));
    expect(await runCli(['status', path, '--json'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      file: path,
      generation: '2024',
      questions: 27,
      answered: 0,
      passing: null,
      fatal:
        'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
    });
  });
});
