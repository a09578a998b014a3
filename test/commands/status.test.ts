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
        `Unanswered: ${Array.from({ length: 29 }, (_, i) => i + 3).join(', ')}`,
        'Failing report.py: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31',
        // The 29 placeholders' 6 words each are not the group's words (issue 19 item 5).
        'Words: 4',
        'Checklist: 0/11 checked',
        '  Week 1 · 0/4',
        '     1 [ ] Create a git repository for the project (M5)',
        '     2 [ ] Keep the dependencies in a dedicated environment (M2)',
        '     3 [ ] Start from the cookiecutter template and keep its layout, adding folders only where the project needs them (M6)',
        '     4 [ ] Build a docker image for training and check that it runs (M10)',
        '  Week 2 · 0/3',
        '     5 [ ] Write unit tests for the data code (M16)',
        '     6 [ ] Run the tests in continuous integration (M17)',
        '     7 [ ] Serve the model with a FastAPI application (M22)',
        '  Week 3 · 0/2',
        '     8 [ ] Check how robust the model is to data drift (M27)',
        '     9 [ ] Add system metrics to the API (M28)',
        '  Extra · 0/2',
        '    10 [ ] Draw an architecture diagram of the pipeline',
        '    11 [ ] Push all the code to GitHub',
        '',
      ].join('\n'),
    );
  });

  it('should name report-wizard migrate for an older template', async () => {
    const { io, out, put } = makeIo();
    const path = put('README.md', makeReport({ generation: '2024' }));
    expect(await runCli(['status', path], io)).toBe(0);
    expect(out.stdout.split('\n').slice(0, 3)).toEqual([
      `${path} · 2024 template`,
      'Staff grade with the 2026 template: "report-wizard migrate --fetch" moves your answers into it.',
      'Questions: 0/27 answered, report.py refuses the report (ValueError: Number of answers are different from the expected 31. Have you changed the template?)',
    ]);
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

  it('should refuse a second PATH rather than ignore it', async () => {
    const { io, out, put } = makeIo();
    const first = put('README.md', makeReport());
    const second = put('other.md', makeReport());
    expect(await runCli(['status', first, second], io)).toBe(2);
    expect(out).toEqual({
      stdout: '',
      stderr: `report-wizard: Expected one report path, got "${first}" and "${second}" (usage: report-wizard status [PATH | --report PATH] [--json])\n`,
    });
  });
});
