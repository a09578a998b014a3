import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';

const fixture = (name: string): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    readFileSync(join(import.meta.dirname, '../fixtures/reports', `${name}.md`)),
  );

describe('parseReport', () => {
  it('should read the 31 questions of a 2026 template with their sections, prompts and lengths', () => {
    const report = parseReport(makeReport());
    expect(report.generation).toBe('2026');
    expect(report.questions.map((q) => q.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    const q4 = report.questions[3]!;
    expect(q4.section).toBe('Coding environment');
    expect(q4.prompt).toBe(
      'How did you manage dependencies? Describe what a new member must do to get an exact copy of the environment.',
    );
    expect(q4.recommendedLength).toEqual({ min: 100, max: 200 });
    expect(q4.answer).toBe('--- question 4 fill here ---');
    expect(q4.placeholder).toBe(true);
    expect(q4.inlineAnswer).toBeNull();
    expect(report.diagnostics).toEqual([]);
  });

  it('should make the answer region run from just after Answer: to the next heading line', () => {
    const text = '### Question 1\n> **Q?**\n>\n> Answer:\n\nmy answer\n\n### Question 2\n';
    const q = parseReport(text).questions[0]!;
    expect(text.slice(q.region.start, q.region.end)).toBe('\n\nmy answer\n\n');
    expect(q.answer).toBe('my answer');
    expect(q.answerLine).toBe(4);
  });

  it('should read an answer typed inline after > Answer: and the placeholder left below', () => {
    const q = parseReport(fixture('inline-answers')).questions[0]!;
    expect(q.inlineAnswer).toBe('Group 21');
    expect(q.placeholder).toBe(true);
    expect(q.answer).toBe('Group 21\n\n--- question 1 fill here ---');
  });

  it('should detect CRLF and give answers with LF line endings', () => {
    const report = parseReport(makeReport({ eol: '\r\n', answers: { 5: 'line one\nline two' } }));
    expect(report.eol).toBe('\r\n');
    expect(report.questions[4]!.answer).toBe('line one\nline two');
  });

  it('should read the checklist: weeks, checked marks, module tags and wrapped items', () => {
    const text = [
      '## Overall project checklist',
      '',
      '### Week 1',
      '',
      '* [ ] Create a git repository (M5)',
      '- [X] Fill out the requirements file',
      '    with your dependencies (M2+M6)',
      '',
      '### Extra',
      '',
      '* [x] Create an architectural diagram',
      '',
      '## Group information',
      '',
      '### Question 1',
    ].join('\n');
    const report = parseReport(text);
    expect(report.checklist.map((w) => [w.title, w.items.length])).toEqual([
      ['Week 1', 2],
      ['Extra', 1],
    ]);
    const [first, second, third] = report.items;
    expect(first).toMatchObject({
      index: 1,
      text: 'Create a git repository (M5)',
      checked: false,
      modules: ['M5'],
      bullet: '*',
      line: 5,
    });
    expect(second).toMatchObject({
      index: 2,
      text: 'Fill out the requirements file with your dependencies (M2+M6)',
      checked: true,
      modules: ['M2', 'M6'],
      bullet: '-',
    });
    expect(text[first!.markOffset]).toBe(' ');
    expect(text[second!.markOffset]).toBe('X');
    expect(third).toMatchObject({ week: 'Extra', checked: true, modules: [] });
  });

  it('should recognise each template generation', () => {
    expect(parseReport(fixture('template-2024')).generation).toBe('2024');
    expect(parseReport(fixture('template-2023-nochecklist')).generation).toBe('2023');
    expect(parseReport(fixture('template-2025')).generation).toBe('2025');
    expect(parseReport(fixture('prettier-2026')).generation).toBe('2026');
  });

  it('should find Jekyll front matter', () => {
    const report = parseReport(fixture('template-2024'));
    expect(report.frontMatter).toEqual({ start: 0, end: 41 });
    expect(report.text.slice(0, 41)).toBe('---\nlayout: default\nnav_exclude: true\n---');
  });

  it('should report a deleted question heading as a diagnostic, not an exception', () => {
    const text = makeReport().replace('### Question 9\n', '');
    const report = parseReport(text);
    expect(report.questions).toHaveLength(30);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['orphan-answer', 'missing-question']);
    expect(report.diagnostics[1]!.question).toBe(9);
    // Question 8's answer must not swallow question 9's prompt.
    const q8 = report.questions.find((q) => q.number === 8)!;
    expect(text.slice(q8.region.start, q8.region.end)).not.toContain('>');
  });

  it('should report a question without Answer: and a duplicated heading', () => {
    const text = makeReport()
      .replace(/(### Question 5\n[\s\S]*?)> Answer:\n/, '$1')
      .replace('### Question 7', '### Question 6');
    const codes = parseReport(text).diagnostics.map((d) => `${d.code}:${d.question}`);
    expect(codes).toContain('missing-answer:5');
    expect(codes).toContain('duplicate-question:6');
    expect(codes).toContain('missing-question:7');
  });

  it('should not throw on text that is no report at all', () => {
    expect(parseReport('').questions).toEqual([]);
    expect(parseReport('hello\r\nworld').diagnostics.map((d) => d.code)).toEqual(['unknown-template']);
  });

  it('should keep a BOM and report it', () => {
    const report = parseReport(fixture('bom-no-final-newline'));
    expect(report.bom).toBe(true);
    expect(report.text.startsWith('\ufeff')).toBe(true);
  });
});
