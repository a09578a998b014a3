import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../src/commands/check-report-file.js';
import { formatGithubSummary } from '../../src/commands/format-github-summary.js';

const base: FileCheck = {
  file: 'reports/README.md',
  path: '/repo/reports/README.md',
  fatal: null,
  passed: 1,
  total: 2,
  questions: [
    { position: 1, words: 2, images: 0, passed: true, constraint: null, answer: 'Group 3' },
    {
      position: 2,
      words: 40,
      images: 0,
      passed: false,
      constraint: { words: [100, 200], images: null },
      answer: '',
    },
  ],
  generation: '2026',
  checker: '2026-01-09.e3622b47',
  detected: '2026',
  lints: [
    {
      rule: 'render-html',
      question: 2,
      line: 40,
      message: 'The graded page hides <run_id> | and a\nbreak & more.',
    },
    { rule: 'git-unpushed', question: null, line: null, message: 'Push it.' },
  ],
  answerLines: [10, 38],
  headings: [1, 2],
};

describe('formatGithubSummary', () => {
  it('should give the verdict, a row per question with its warnings, and every problem escaped for Markdown', () => {
    expect(formatGithubSummary(base)).toBe(
      '## report-wizard check: reports/README.md\n' +
        '\n' +
        'report.py 2026-01-09.e3622b47 (2026 template (31 questions, Q3 0-200 words)): **1 of 2 questions pass.**\n' +
        '\n' +
        '| Question | Words | Images | Target | Verdict | Warnings |\n' +
        '| ---: | ---: | ---: | --- | --- | --- |\n' +
        '| 1 | 2 | 0 | — | :white_check_mark: pass |  |\n' +
        '| 2 | 40 | 0 | 100–200 words | :x: too short | `render-html` |\n' +
        '\n' +
        '### Problems (2)\n' +
        '\n' +
        '- `render-html` (line 40, question 2): The graded page hides &lt;run_id&gt; \\| and a break &amp; more.\n' +
        '- `git-unpushed`: Push it.\n' +
        '\n',
    );
  });

  it('should say when report.py refuses the report, with no table', () => {
    const fatal = {
      ...base,
      fatal: 'ValueError: Number of answers (30) does not match',
      passed: null,
      total: null,
      questions: [],
      lints: [],
    };
    expect(formatGithubSummary(fatal)).toBe(
      '## report-wizard check: reports/README.md\n' +
        '\n' +
        'report.py 2026-01-09.e3622b47 (2026 template (31 questions, Q3 0-200 words)): :x: **refuses the whole report**: `ValueError: Number of answers (30) does not match`\n' +
        '\n',
    );
  });
});
