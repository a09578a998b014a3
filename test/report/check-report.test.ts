import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';

/** A bare text with n `### Q` + `Answer:` pairs, each answer given. */
const bare = (answers: string[]): string =>
  `# Title\n\n${answers.map((a, i) => `### Question ${i + 1}\n> Answer:\n\n${a}\n\n`).join('')}`;

const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('checkReport (newest report.py)', () => {
  it('should raise IndexError when there is no Answer: at all', () => {
    const result = checkReport('### Question 1\nno marker here\n');
    expect(result).toMatchObject({
      fatal: 'IndexError: list index out of range',
      passed: null,
      total: null,
      questions: [],
    });
  });

  it('should raise the ValueError when the answer count is not 31', () => {
    expect(checkReport(bare(Array.from({ length: 30 }, () => 'x'))).fatal).toBe(
      'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
    );
  });

  it('should count words and images per answer and apply the 2026 table', () => {
    const answers = Array.from({ length: 31 }, () => 'x');
    answers[2] = words(150);
    answers[13] = `${words(250)} ![a](figures/a.png)`;
    const result = checkReport(bare(answers));
    expect(result.fatal).toBeNull();
    expect(result.total).toBe(31);
    expect(result.questions[0]).toMatchObject({ position: 1, words: 1, images: 0, passed: true });
    expect(result.questions[2]).toMatchObject({ position: 3, words: 150, passed: true });
    expect(result.questions[3]).toMatchObject({ position: 4, words: 1, passed: false });
    expect(result.questions[13]).toMatchObject({ position: 14, words: 251, images: 1, passed: true });
    // Q1, Q2, Q3 (0–200), Q14 and Q28 (0–200) pass.
    expect(result.passed).toBe(5);
  });

  it('should treat the range bounds as inclusive', () => {
    const answers = Array.from({ length: 31 }, () => 'x');
    answers[3] = words(100);
    answers[4] = words(200);
    answers[5] = words(201);
    const q = checkReport(bare(answers)).questions;
    expect([q[3]!.passed, q[4]!.passed, q[5]!.passed]).toEqual([true, true, false]);
  });

  it('should cut an answer at ### and then at ##, and count the last chunk whole', () => {
    const answers = Array.from({ length: 31 }, () => 'x');
    answers[0] = 'one two ## three';
    answers[30] = 'last answer\n\n## Appendix\n\nmore words here';
    const result = checkReport(bare(answers));
    expect(result.questions[0]!.words).toBe(2);
    expect(result.questions[30]!.words).toBe(7);
  });

  it('should drop a chunk without ### so a deleted heading makes the report fatal', () => {
    const text = bare(Array.from({ length: 31 }, () => 'x')).replace('### Question 9\n', '');
    expect(checkReport(text).fatal).toMatch(/^ValueError/);
  });

  it('should append the last chunk twice when it contains ###', () => {
    const text = `${bare(Array.from({ length: 31 }, () => 'x'))}### AI declaration\n\nnone\n`;
    expect(checkReport(text).fatal).toMatch(/^ValueError/);
  });

  it('should read CRLF and lone CR as LF, as Python text mode does', () => {
    const answers = Array.from({ length: 31 }, () => 'a b');
    const lf = bare(answers);
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    expect(checkReport(crlf)).toEqual(checkReport(lf));
    expect(checkReport(cr)).toEqual(checkReport(lf));
  });

  it('should split on a case-sensitive Answer: anywhere, dropping the text before it', () => {
    const answers = Array.from({ length: 31 }, () => 'x');
    answers[0] = 'see Answer: here';
    expect(checkReport(bare(answers)).questions[0]).toMatchObject({ words: 1, answer: ' here' });
    answers[0] = 'see answer: here';
    expect(checkReport(bare(answers)).questions[0]).toMatchObject({ words: 3 });
  });
});

describe('checkReport (older generations)', () => {
  it('should expect 27 answers and use the 2023 table for --template 2023', () => {
    const answers = Array.from({ length: 27 }, () => 'x');
    answers[23] = words(30); // Q24 was 25–100 words
    const text = `---\nlayout: default\nnav_exclude: true\n---\n\n${bare(answers)}`;
    const result = checkReport(text, '2023');
    expect(result.fatal).toBeNull();
    expect(result.total).toBe(27);
    expect(result.questions[23]).toMatchObject({ position: 24, words: 30, passed: true });
    expect(result.checker).toBe('2023-09-27.64ea22b7');
  });

  it('should give the old ValueError text, and no IndexError, for a report with no Answer:', () => {
    expect(checkReport('### Question 1\nnothing\n', '2024').fatal).toBe(
      'ValueError: Number of answers are different from the expected 27. Have you filled out every field?',
    );
  });

  it('should drop the first 43 characters before splitting, as versions up to 2024-11-25 did', () => {
    const answers = Array.from({ length: 27 }, () => 'x');
    // An Answer: inside the first 43 characters is not seen by the legacy checker.
    const text = `Answer: ${'.'.repeat(40)}\n${bare(answers)}`;
    expect(checkReport(text, '2024').fatal).toBeNull();
    expect(checkReport(text, { checker: '2024-12-22.4eb18892' }).fatal).toMatch(/^ValueError/);
  });

  it('should count the 43 dropped characters in code points, as Python slices', () => {
    const answers = Array.from({ length: 27 }, () => 'x');
    // 25 emoji are 25 code points but 50 UTF-16 units: Python cuts after the "###", a cut at 43 units before it.
    const head = `${'😀'.repeat(25)}###${'x'.repeat(15)}\nAnswer: z\n`;
    expect(checkReport(`${head}${bare(answers)}`, '2024').fatal).toBeNull();
    // With the "###" past the 43rd code point the stray chunk is kept: one answer too many.
    const late = `${'😀'.repeat(25)}${'x'.repeat(18)}###\nAnswer: z\n`;
    expect(checkReport(`${late}${bare(answers)}`, '2024').fatal).toBe(
      'ValueError: Number of answers are different from the expected 27. Have you filled out every field?',
    );
  });

  it('should use the 2025 table, where Q3 needs 100–200 words', () => {
    const answers = Array.from({ length: 31 }, () => 'x');
    expect(checkReport(bare(answers), '2025').questions[2]!.passed).toBe(false);
    expect(checkReport(bare(answers), '2026').questions[2]!.passed).toBe(true);
  });
});
