import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReport } from './make-report.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

// report.py's splitting, line for line, so the helper is judged by the checker's own rules.
const splitLikeReportPy = (text: string): string[] => {
  const perQuestion = text.split('Answer:').slice(1);
  const answers: string[] = [];
  for (const chunk of perQuestion) {
    if (chunk.includes('###')) {
      const cut = chunk.split('###')[0]!;
      answers.push(cut.includes('##') ? cut.split('##')[0]! : cut);
    }
  }
  answers.push(perQuestion.at(-1)!);
  return answers.map((answer) => answer.replace(/^\n+|\n+$/g, ''));
};

const count = (text: string, needle: RegExp): number => text.match(needle)?.length ?? 0;

describe('makeReport', () => {
  it('should build minimal-2026.md byte for byte with the default options', () => {
    expect(makeReport()).toBe(fixture('minimal-2026.md'));
  });

  it('should build the 2024 and 2023 fixtures byte for byte', () => {
    expect(
      makeReport({
        generation: '2024',
        frontMatter: true,
        answers: { 1: '44', 24: 'We used 12 credits, mostly on Cloud Run.' },
      }),
    ).toBe(fixture('template-2024.md'));
    expect(makeReport({ generation: '2023', frontMatter: true, checklist: false, answers: { 1: '3' } })).toBe(
      fixture('template-2023-nochecklist.md'),
    );
  });

  it('should write an answer in place of its placeholder', () => {
    const text = makeReport({ answers: { 1: 'Group 7' } });
    expect(text).toContain(
      '### Question 1\n> **Which group number did you sign up with on DTU Learn?**\n>\n> Answer:\n\nGroup 7\n\n### Question 2\n',
    );
    expect(text).not.toContain('--- question 1 fill here ---\n');
    expect(text).toContain('\n--- question 2 fill here ---\n');
  });

  it('should start with the 43-character Jekyll front matter when asked', () => {
    const text = makeReport({ frontMatter: true });
    expect(text.slice(0, 43)).toBe('---\nlayout: default\nnav_exclude: true\n---\n\n');
    expect(text.slice(43, 97)).toBe('# Exam template for 02476 Machine Learning Operations\n');
  });

  it('should use CRLF everywhere, answers included, when asked', () => {
    const lf = makeReport({ answers: { 7: 'one\n\ntwo' } });
    const crlf = makeReport({ eol: '\r\n', answers: { 7: 'one\n\ntwo' } });
    expect(crlf).toBe(lf.replaceAll('\n', '\r\n'));
    expect(count(crlf, /(?<!\r)\n/g)).toBe(0);
  });

  it('should add a BOM and drop the final newline when asked', () => {
    const text = makeReport({ bom: true, finalNewline: false });
    expect(text.startsWith('\uFEFF# Exam template')).toBe(true);
    expect(text.endsWith('> Answer:\n\n--- question 31 fill here ---')).toBe(true);
    expect(makeReport().endsWith('--- question 31 fill here ---\n')).toBe(true);
  });

  it('should leave out the checklist when asked', () => {
    expect(makeReport()).toContain('## Overall project checklist\n');
    expect(makeReport()).toContain(
      '* [ ] Start from the cookiecutter template and keep its layout, adding folders only where the project\n    needs them (M6)\n',
    );
    const text = makeReport({ checklist: false });
    expect(text).not.toContain('## Overall project checklist');
    expect(count(text, /^\* \[ \]/gm)).toBe(0);
  });

  it('should have as many headings and Answer: markers as questions', () => {
    for (const [options, questions] of [
      [{}, 31],
      [{ questions: 31 }, 31],
      [{ questions: 27 }, 27],
      [{ generation: '2023' }, 27],
      [{ generation: '2025' }, 31],
    ] as const) {
      const text = makeReport(options);
      expect(count(text, /^### Question \d+$/gm)).toBe(questions);
      expect(count(text, /Answer:/g)).toBe(questions);
      expect(count(text, /^--- question \d+ fill here ---$/gm)).toBe(questions);
      expect(splitLikeReportPy(text)).toHaveLength(questions);
    }
  });

  it("should state each generation's own length wording and Q3 range", () => {
    const q3 = (text: string): string => text.split('### Question 3')[1]!.split('### Question 4')[0]!;
    expect(q3(makeReport())).toContain('> Recommended answer length: 0-200 words.\n');
    expect(q3(makeReport({ generation: '2025' }))).toContain('> Recommended answer length: 100-200 words.\n');
    expect(q3(makeReport({ generation: '2024' }))).toContain('> Recommended answer length: 100-200 words.\n');
    expect(q3(makeReport({ generation: '2023' }))).toContain('> Answer length: 100-200 words.\n');
    expect(makeReport({ generation: '2023' })).not.toContain('Recommended');
  });

  it('should give report.py back exactly the answers it was given', () => {
    const word = fc.stringMatching(/^[a-z0-9.,]{1,8}$/);
    const answer = fc
      .array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
      .map((lines) => lines.map((line) => line.join(' ')).join('\n\n'));
    fc.assert(
      fc.property(
        fc.constantFrom<27 | 31>(27, 31),
        fc.dictionary(fc.integer({ min: 1, max: 27 }).map(String), answer),
        fc.boolean(),
        (questions, answers, frontMatter) => {
          const text = makeReport({ questions, answers, frontMatter });
          const expected = Array.from(
            { length: questions },
            (_, index) => answers[String(index + 1)] ?? `--- question ${index + 1} fill here ---`,
          );
          expect(splitLikeReportPy(text)).toEqual(expected);
        },
      ),
    );
  });
});
