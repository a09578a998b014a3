/** A small report in the template's layout: 31 questions, each with a prompt, a length and an example. */
export const reportFixture = (answers: Record<number, string> = {}): string => {
  const parts = ['# Exam template for 02476 Machine Learning Operations', '', '## Group information', ''];
  for (let n = 1; n <= 31; n++) {
    if (n === 12) parts.push('## Running code and tracking experiments', '');
    parts.push(
      `### Question ${n}`,
      '',
      `> **Prompt of question ${n}: explain what you did and why it mattered for the project.**`,
      '>',
      '> Recommended answer length: 100-200 words.',
      '>',
      '> Example:',
      `> *We did ${n} things.*`,
      '>',
      '> Answer:',
      '',
      answers[n] ?? `--- question ${n} fill here ---`,
      '',
    );
  }
  return parts.join('\n');
};
