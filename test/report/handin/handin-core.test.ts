import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/git/handin/format-handin-text.js';
import { commitAt, isPullMerge, parseCommitGraph } from '../../../src/git/handin/commit-graph.js';
import { answerWords } from '../../../src/report/handin/answer-words.js';
import { checkerAt, courseYear } from '../../../src/report/handin/course-deadline.js';
import { findStranded } from '../../../src/report/handin/find-stranded.js';
import { isSuperseded } from '../../../src/report/handin/is-superseded.js';
import { generationAt, imagePathFromRoot } from '../../../src/report/handin/judge-graded.js';
import { reportLikePath } from '../../../src/report/handin/report-like-path.js';

const t = (iso: string): number => Date.parse(iso) / 1000;

describe('isPullMerge', () => {
  it('should take a git pull on main, master or the walked branch, and nothing else', () => {
    expect(isPullMerge("Merge branch 'main' of https://github.com/a/b", 'main')).toBe(true);
    expect(isPullMerge("Merge branch 'main' of https://github.com/a/b", 'feature')).toBe(true);
    expect(isPullMerge("Merge remote-tracking branch 'origin/master'", 'master')).toBe(true);
    expect(isPullMerge("Merge branch 'dev' of https://github.com/a/b into dev", 'dev')).toBe(true);
    expect(isPullMerge("Merge branch 'dev' of https://github.com/a/b into main", 'main')).toBe(false);
    expect(isPullMerge("Merge branch 'dev'", 'main')).toBe(false);
    expect(isPullMerge('Merge pull request #4 from a/dev', 'main')).toBe(false);
  });
});

describe('commitAt', () => {
  const graph = parseCommitGraph(
    [
      `m p l\x1f${t('2026-01-25T10:00:00Z')}\x1fMerge branch 'main' of https://x/y`,
      `l a\x1f${t('2026-01-23T09:00:00Z')}\x1flocal`,
      `p a\x1f${t('2026-01-23T17:00:00Z')}\x1fserver`,
      `q m\x1f${t('2026-01-26T10:00:00Z')}\x1flater`,
      `a\x1f${t('2026-01-20T10:00:00Z')}\x1froot`,
    ].join('\n'),
  );
  it("should walk the first parent, and a pull merge's second", () => {
    expect(commitAt(graph, 'q', 'main', t('2026-01-24T00:00:00Z'))?.sha).toBe('l');
    expect(commitAt(graph, 'm', 'main', t('2026-01-24T00:00:00Z'))?.sha).toBe('l');
    expect(commitAt(graph, 'q', 'main', t('2026-01-19T00:00:00Z'))).toBeNull();
    expect(commitAt(graph, 'q', 'main', Infinity)?.sha).toBe('q');
  });
  it("should take the server's side when the pull merge is the first commit after the deadline", () => {
    const pulled = parseCommitGraph(
      [
        `m l p\x1f${t('2026-01-25T10:00:00Z')}\x1fMerge branch 'main' of https://x/y`,
        `l a\x1f${t('2026-01-23T09:00:00Z')}\x1flocal`,
        `p a\x1f${t('2026-01-23T17:00:00Z')}\x1fserver`,
        `a\x1f${t('2026-01-20T10:00:00Z')}\x1froot`,
      ].join('\n'),
    );
    expect(commitAt(pulled, 'm', 'main', t('2026-01-24T00:00:00Z'))?.sha).toBe('p');
  });
});

describe('courseYear and the checker in force', () => {
  it('should pick the latest year whose window holds 10 commits, else any, else none', () => {
    const busy = Array.from({ length: 10 }, () => t('2025-01-10T10:00:00Z'));
    expect(courseYear([...busy, t('2026-01-05T10:00:00Z')])?.year).toBe(2025);
    expect(courseYear([t('2026-01-05T10:00:00Z')])).toEqual({
      year: 2026,
      iso: '2026-01-24T00:00:00+01:00',
      time: t('2026-01-24T00:00:00+01:00'),
    });
    expect(courseYear([t('2026-06-01T10:00:00Z')])).toBeNull();
  });
  it("should check with the report.py of the deadline's day and its template", () => {
    expect(checkerAt(t('2023-01-21T00:00:00+01:00')).version).toBe('2023-01-19.d1fc9de3');
    expect(generationAt(t('2024-01-20T00:00:00+01:00'))).toEqual({
      generation: '2023',
      checker: '2023-09-27.64ea22b7',
    });
    expect(generationAt(t('2025-01-25T00:00:00+01:00'))).toEqual({
      generation: '2025',
      checker: '2025-01-08.d1b907d5',
    });
    expect(generationAt(null)).toEqual({ generation: '2026', checker: '2026-01-09.e3622b47' });
  });
});

const report = (answers: Record<number, string>): string =>
  Object.entries(answers)
    .map(([n, a]) => `### Question ${n}\n\n> Answer:\n\n${a}\n`)
    .join('\n');
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('findStranded', () => {
  it('should flag each reason, and only answers of 20 words or more', () => {
    const graded = answerWords(
      report({
        1: '--- question 1 fill here ---',
        2: '',
        3: words(9),
        4: words(10),
        5: '`--- question 5 fill here ---`',
      }),
    );
    const branch = answerWords(
      report({ 1: words(20), 2: words(25), 3: words(20), 4: words(20), 5: words(19), 6: words(30) }),
    );
    expect(findStranded(graded, branch).map((s) => [s.question, s.reason, s.words, s.defaultWords])).toEqual([
      [1, 'placeholder', 20, 0],
      [2, 'empty', 25, 0],
      [3, 'fewer_words', 20, 9],
      [6, 'question_missing_on_default', 30, 0],
    ]);
    expect(findStranded(null, answerWords(report({ 1: words(20) })))[0]?.reason).toBe('no_report_on_default');
  });
});

describe('isSuperseded', () => {
  it("should call a draft superseded when its text was on the default branch, or the default's text is newer", () => {
    const draft = 'the long draft';
    expect(
      isSuperseded({
        answer: draft,
        defaultAnswer: 'x',
        branchHistory: [],
        defaultHistory: [{ time: 1, text: draft }],
      }),
    ).toBe(true);
    expect(
      isSuperseded({
        answer: draft,
        defaultAnswer: 'new',
        branchHistory: [{ time: 5, text: draft }],
        defaultHistory: [{ time: 9, text: 'new' }],
      }),
    ).toBe(true);
    expect(
      isSuperseded({
        answer: draft,
        defaultAnswer: '--- question 27 fill here ---',
        branchHistory: [{ time: 9, text: draft }],
        defaultHistory: [{ time: 1, text: '--- question 27 fill here ---' }],
      }),
    ).toBe(false);
  });
});

describe('small helpers', () => {
  it('should find the Markdown file with the most question headings, at least 10', () => {
    const headings = (n: number): string =>
      Array.from({ length: n }, (_, i) => `### Question ${i + 1}\n`).join('');
    expect(reportLikePath([{ path: 'README.md', text: headings(9) }])).toBeNull();
    expect(
      reportLikePath([
        { path: 'README.md', text: headings(12) },
        { path: 'docs/report.md', text: headings(31) },
      ]),
    ).toBe('docs/report.md');
  });
  it('should resolve image links from the report folder or the root', () => {
    expect(imagePathFromRoot('reports/README.md', 'figures/a.png')).toBe('reports/figures/a.png');
    expect(imagePathFromRoot('reports/README.md', '../figures/./a.png')).toBe('figures/a.png');
    expect(imagePathFromRoot('reports/README.md', '/docs/a.png')).toBe('docs/a.png');
    expect(imagePathFromRoot('README.md', 'a.png')).toBe('a.png');
  });
  it('should say spans of time in days, hours and minutes', () => {
    expect(formatDuration(59)).toBe('0 minutes');
    expect(formatDuration(3600 * 5 + 60 * 12)).toBe('5 hours 12 minutes');
    expect(formatDuration(86_400 * 2)).toBe('2 days');
    expect(formatDuration(86_400 + 3600)).toBe('1 day 1 hour');
  });
});
