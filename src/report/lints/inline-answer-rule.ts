import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

/** An answer typed on the `> Answer:` line itself: it renders inside the question's quote. */
export const inlineAnswerRule: LintRule = ({ report }) =>
  report.questions.flatMap((question): Lint[] =>
    question.inlineAnswer === null || question.answerLine === null
      ? []
      : [
          {
            rule: 'inline-answer',
            question: question.number,
            line: question.answerLine,
            message:
              `Question ${question.number}'s answer is typed on the "> Answer:" line (line ${question.answerLine}), ` +
              'so it shows as part of the question. Move it below the quote, after a blank line ' +
              '(report-wizard fix does).',
          },
        ],
  );
