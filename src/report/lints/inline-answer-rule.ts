import { inlineAnswerFix } from './inline-answer-fix.js';
import { countWords } from '../count-words.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

/**
 * An answer typed on the `> Answer:` line itself: it renders inside the question's quote. The claim: `counted` is what
 * report.py counts of the answer, `fixed` what it counts once the answer is moved below the quote as `fix` does (the
 * `>` of a continuation line, a word to report.py, goes).
 */
const check: LintRule['check'] = ({ report, slices, sliceCounts }) =>
  report.questions.flatMap((question): Lint[] => {
    if (question.inlineAnswer === null || question.answerLine === null) return [];
    const n = question.number;
    const index = slices.findIndex((s) => s.start === question.answerMarker?.end);
    const slice = slices[index];
    const counted = slice ? sliceCounts(index) : { words: 0, images: 0 };
    // The quote lines continuing the typed answer lose their ">" (see fixReport's moveInline).
    let dropped = 0;
    for (const line of report.text
      .slice(question.region.start, question.region.end)
      .split(/\r\n|\r|\n/)
      .slice(1)) {
      if (!line.startsWith('>')) break;
      dropped += countWords(line) - countWords(line.replace(/^>[ \t]?/, ''));
    }
    const fixed = { words: slice ? counted.words - dropped : 0, images: counted.images };
    return [
      {
        rule: 'inline-answer',
        question: n,
        line: question.answerLine,
        message:
          `Question ${n}'s answer is typed on the "> Answer:" line (line ${question.answerLine}), so it shows as ` +
          'part of the question. Move it below the quote, after a blank line (report-wizard fix does' +
          (fixed.words !== counted.words
            ? `; report.py then counts ${fixed.words} words, not ${counted.words}: the ">" marks are words to it`
            : '') +
          ').',
        claim: { counted, fixed },
      },
    ];
  });

/** The `inline-answer` rule (see `check` above). */
export const inlineAnswerRule: LintRule = {
  id: 'inline-answer',
  scope: 'answer',
  fixable: 'fix',
  description: "an answer typed on the `> Answer:` line, which renders inside the question's quote",
  remedy: 'move it below the quote (`fix`)',
  check,
  fix: inlineAnswerFix,
};
