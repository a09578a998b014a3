import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../../src/report/merge/merge-reports.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { answeredReport } from '../lints/answered-report.js';
import { gitMergeFile } from './git-merge-file.js';

const base = answeredReport();
const edit = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const answerOf = (text: string, n: number): string =>
  parseReport(text).questions.find((q) => q.number === n)!.answer;

describe('mergeReports', () => {
  it('should merge checklist ticks on neighbouring lines that git cannot', () => {
    const ours = edit(base, '* [ ] Create a git repository', '* [x] Create a git repository');
    const theirs = edit(base, '* [ ] Keep the dependencies', '* [x] Keep the dependencies');
    expect(gitMergeFile(base, ours, theirs).clean).toBe(false);
    const merged = mergeReports(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(
      edit(ours, '* [ ] Keep the dependencies', '* [x] Keep the dependencies'),
    );
  });

  it('should keep a tick from one side and a rewording of the same item from the other', () => {
    const ours = edit(base, '* [ ] Push all the code to GitHub', '* [x] Push all the code to GitHub');
    const theirs = edit(base, '* [ ] Push all the code to GitHub', '* [ ] Push all of the code to GitHub');
    const merged = mergeReports(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(
      edit(base, '* [ ] Push all the code to GitHub', '* [x] Push all of the code to GitHub'),
    );
  });

  it('should take the answer from the side that changed it when the other side only changed whitespace there', () => {
    const ours = edit(base, 'Our answer to question 5.', 'Our answer to question 5.   ').replace(
      /\n/g,
      '\r\n',
    );
    const theirs = edit(base, 'Our answer to question 5.', 'We used uv.');
    expect(gitMergeFile(base, ours, theirs).clean).toBe(false);
    const merged = mergeReports(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(
      edit(base, 'Our answer to question 5.', 'We used uv.').replace(/\n/g, '\r\n'),
    );
  });

  it('should line-merge an answer both sides changed on lines apart', () => {
    const two = edit(base, 'Our answer to question 9.', 'First line.\n\nMiddle.\n\nLast line.');
    const ours = edit(two, 'First line.', 'First line, ours.');
    const theirs = edit(two, 'Last line.', 'Last line, theirs.');
    const merged = mergeReports(two, ours, theirs);
    expect(merged.ok && answerOf(merged.text, 9)).toBe('First line, ours.\n\nMiddle.\n\nLast line, theirs.');
    expect(merged.ok && merged.conflicts).toEqual([]);
  });

  it('should write conflict markers labelled with the question inside that answer only', () => {
    const ours = edit(
      edit(base, 'Our answer to question 31.', 'Anna wrote it.'),
      'Our answer to question 2.',
      'Ours 2.',
    );
    const theirs = edit(base, 'Our answer to question 31.', 'Bo wrote it.');
    const merged = mergeReports(base, ours, theirs);
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.conflicts.map((c) => c.label)).toEqual(['Question 31']);
    expect(merged.text).toBe(
      edit(
        ours,
        'Anna wrote it.\n',
        '<<<<<<< ours (Question 31)\nAnna wrote it.\n=======\nBo wrote it.\n>>>>>>> theirs (Question 31)\n',
      ),
    );
  });

  it("should keep ours's BOM and line endings", () => {
    const ours = '\uFEFF' + base.replace(/\n/g, '\r\n');
    const theirs = edit(base, 'Our answer to question 3.', 'Theirs 3.');
    const merged = mergeReports(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(
      '\uFEFF' + edit(base, 'Our answer to question 3.', 'Theirs 3.').replace(/\n/g, '\r\n'),
    );
  });

  it.each([
    ['', base, base, 'the base version is empty (was the report deleted on one branch?)'],
    [
      base,
      base + '<<<<<<< HEAD\n',
      base,
      'the ours version already holds a conflict marker on line 446 ("<<<<<<<")',
    ],
    [
      base,
      base,
      base + '```\n=======\n```\n',
      'the theirs version already holds a conflict marker on line 447 ("=======")',
    ],
    [base, 'a\0b', base, 'the ours version is binary (it holds NUL bytes)'],
  ])('should refuse versions it cannot merge by region, saying why', (b, o, t, reason) => {
    expect(mergeReports(b, o, t)).toEqual({ ok: false, reason });
  });

  it('should refuse versions with different questions', () => {
    const ours = base.replace('### Question 31', '### Heading');
    expect(mergeReports(base, ours, base)).toEqual({
      ok: false,
      reason:
        'the three versions do not share one structure (base has 31 question headings and 11 checklist items, ' +
        'ours has 30 question headings and 11 checklist items, theirs has 31 question headings and 11 checklist items)',
    });
  });

  it('should merge checklists whose items differ in number as one region', () => {
    const ours = edit(
      base,
      '* [ ] Push all the code to GitHub\n',
      '* [ ] Push all the code to GitHub\n* [ ] Write tests\n',
    );
    const theirs = edit(base, '* [ ] Create a git repository', '* [x] Create a git repository');
    const merged = mergeReports(base, ours, theirs);
    expect(merged.ok && merged.text).toBe(
      edit(ours, '* [ ] Create a git repository', '* [x] Create a git repository'),
    );
  });

  // Edits a student makes: rewrite an answer, add a line to it, tick an item, strip trailing spaces, go CRLF.
  const editArb = fc.oneof(
    fc.record({
      kind: fc.constant('answer' as const),
      q: fc.integer({ min: 1, max: 31 }),
      text: fc.constantFrom('New text.', 'Line one.\nLine two.', ''),
    }),
    fc.record({
      kind: fc.constant('append' as const),
      q: fc.integer({ min: 1, max: 31 }),
      text: fc.constantFrom('More.', 'See figure.'),
    }),
    fc.record({ kind: fc.constant('tick' as const), item: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ kind: fc.constant('spaces' as const), q: fc.integer({ min: 1, max: 31 }) }),
  );
  const apply = (
    text: string,
    edits: (typeof editArb extends fc.Arbitrary<infer T> ? T : never)[],
    crlf: boolean,
  ): string => {
    for (const e of edits) {
      if (e.kind === 'tick') {
        const lines = text.split('\n');
        const items = lines.flatMap((l, i) => (l.startsWith('* [') ? [i] : []));
        const at = items[e.item]!;
        lines[at] = lines[at]!.replace(/^\* \[( |x)\]/, (_, m: string) => (m === ' ' ? '* [x]' : '* [ ]'));
        text = lines.join('\n');
        continue;
      }
      const q = parseReport(text).questions.find((x) => x.number === e.q)!;
      const region = text.slice(q.region.start, q.region.end);
      const body =
        e.kind === 'answer'
          ? `\n\n${e.text}\n\n`
          : e.kind === 'append'
            ? region.replace(/\n*$/, `\n${e.text}\n\n`)
            : region.replace(/\n/g, '  \n');
      text = text.slice(0, q.region.start) + body + text.slice(q.region.end);
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  };

  it('should never lose a line either side added, and take each question from the side that changed it', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 4 }),
        fc.array(editArb, { maxLength: 4 }),
        fc.boolean(),
        (a, b, crlf) => {
          const ours = apply(base, a, false);
          const theirs = apply(base, b, crlf);
          const merged = mergeReports(base, ours, theirs);
          if (!merged.ok) throw new Error(merged.reason);
          const key = (l: string): string => l.replace(/[ \t\r]+$/, '');
          const result = new Set(merged.text.split('\n').map(key));
          const baseLines = new Set(base.split('\n').map(key));
          for (const side of [ours, theirs])
            for (const line of side.split('\n').map(key))
              if (!baseLines.has(line)) expect(result).toContain(line);
          if (merged.conflicts.length > 0) return;
          const [report, o1, t1, b1] = [merged.text, ours, theirs, base].map((text) => parseReport(text));
          const norm = (s: string): string => s.replace(/\r/g, '').replace(/[ \t]+$/gm, '');
          for (const [i, q] of report!.questions.entries()) {
            const [o, t, b0] = [o1!, t1!, b1!].map((r) => norm(r.questions[i]!.answer));
            const expected = o !== b0 ? o : t;
            expect(norm(q.answer)).toBe(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
