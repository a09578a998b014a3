import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { fixReport } from '../../src/report/fix-report.js';
import { lintReport } from '../../src/report/lint-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';
import { answeredReport } from './lints/answered-report.js';

const fix = (text: string, code = false) => fixReport(parseReport(text), { code });
const counts = (text: string) => checkReport(text).questions.map((q) => [q.words, q.images]);
const renderRules = (text: string) =>
  lintReport(parseReport(text))
    .filter((lint) => lint.rule.startsWith('render-'))
    .map((lint) => lint.rule);

describe('fixReport on render lints', () => {
  it('should add a blank line before a list under a line of text', () => {
    const result = fix(answeredReport({ 4: 'We used:\n- uv\n- ruff' }));
    expect(result.text).toBe(answeredReport({ 4: 'We used:\n\n- uv\n- ruff' }));
    expect(result.fixes).toEqual([
      {
        rule: 'render-list',
        question: 4,
        message: 'Added a blank line before 1 list in question 4, so the graded page shows it as a list.',
      },
    ]);
  });

  it('should indent nested items and their continuation lines by 4 spaces per level', () => {
    const result = fix(answeredReport({ 4: '- tools\n  - ruff\n    fast\n  - mypy\n- docs' }));
    expect(result.text).toBe(answeredReport({ 4: '- tools\n    - ruff\n      fast\n    - mypy\n- docs' }));
    expect(result.fixes.map((f) => f.message)).toEqual([
      "Indented question 4's nested list items by 4 spaces per level (3 lines), so the graded page nests them.",
    ]);
  });

  it('should keep CRLF line endings when it adds a blank line', () => {
    const result = fix(answeredReport({ 4: 'We used:\n- uv' }, { eol: '\r\n' }));
    expect(result.text).toBe(answeredReport({ 4: 'We used:\n\n- uv' }, { eol: '\r\n' }));
  });

  it('should nest a bulleted list under a numbered item by 4 spaces', () => {
    const result = fix(answeredReport({ 4: '1. tools\n   - ruff\n2. docs' }));
    expect(result.text).toBe(answeredReport({ 4: '1. tools\n    - ruff\n2. docs' }));
  });

  it('should leave a list whose type changes alone', () => {
    const text = answeredReport({ 4: '1. tools\n  - ruff' });
    expect(fix(text)).toEqual({ text, fixes: [] });
  });

  it('should rewrite fenced code as indented code only when asked, saying what report.py loses', () => {
    const text = answeredReport({ 4: 'Run:\n```bash\npython train.py\n\nmake\n```\nThen done.' });
    expect(fix(text)).toEqual({ text, fixes: [] });
    const result = fix(text, true);
    expect(result.text).toBe(answeredReport({ 4: 'Run:\n\n    python train.py\n\n    make\n\nThen done.' }));
    expect(result.fixes.map((f) => f.message)).toEqual([
      'Rewrote 1 fenced code block in question 4 as indented code: report.py counts 2 words fewer (the fence lines).',
    ]);
    expect(renderRules(result.text)).toEqual([]);
  });

  it("should claim what the 2023 template's own report.py counts when it rewrites fenced code (issue 19 item 2)", () => {
    const text = makeReport({
      generation: '2023',
      answers: { 12: 'Run:\n```bash\npython train.py\n```\nThen done.' },
    });
    const result = fix(text, true);
    expect(result.fixes.map((f) => f.message)).toEqual([
      'Rewrote 1 fenced code block in question 12 as indented code: report.py counts 2 words fewer (the fence lines).',
    ]);
    const words = (t: string) => checkReport(t, '2023').questions[11]!.words;
    expect(words(text) - words(result.text)).toBe(2);
  });

  // Answers built from the lines students write around lists and code.
  const line = fc.oneof(
    fc.constant(''),
    fc.constantFrom('We used:', '**Tools:**', 'Some text here.', '#tag', '---', '| a | b |', '|---|---|'),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('- ', '* ', '1. ', '2. ', '10. '),
        fc.constantFrom('uv', 'ruff and mypy', ''),
      )
      .map(([indent, marker, text]) => `${' '.repeat(indent)}${marker}${text}`),
    fc.constantFrom('```', '```bash', '~~~', '    indented code', '  continued'),
  );
  const answer = fc.array(line, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

  it('should indent a nested item that its blank line turned into a list, in the same run', () => {
    const before = answeredReport({ 4: '  continued\n- uv\n  - uv\n---\nWe used:' });
    const result = fix(before);
    expect(result.text).toBe(answeredReport({ 4: '  continued\n\n- uv\n    - uv\n---\nWe used:' }));
    expect(result.fixes.map((f) => f.message)).toEqual([
      'Added a blank line before 1 list in question 4, so the graded page shows it as a list.',
      "Indented question 4's nested list items by 4 spaces per level (1 line), so the graded page nests them.",
    ]);
    expect(fix(result.text).text).toBe(result.text);
  });

  it('should change only blank lines and leading spaces, keep report.py counts, and be idempotent', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), (text, eol) => {
        const before = answeredReport({ 4: text, 5: 'Run:\n```\nmake\n```' }, { eol });
        const { text: after } = fix(before);
        const words = (t: string) =>
          t
            .split(/\r\n|\n/)
            .map((l) => l.trimStart())
            .filter((l) => l !== '');
        expect(words(after)).toEqual(words(before));
        expect(counts(after)).toEqual(counts(before));
        // Outside question 4's answer nothing moves: same text before its heading and from question 5 on.
        const q4 = before.indexOf('### Question 4');
        expect(after.slice(0, q4)).toBe(before.slice(0, q4));
        const q5 = (t: string) => t.slice(t.indexOf('### Question 5'));
        expect(q5(after)).toBe(q5(before));
        expect(fix(after).text).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
