import { countWords } from '../count-words.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';
import { reportPySlices } from './report-py-slices.js';

/** A literal `Answer:` typed inside an answer: report.py splits answers at every one. */
export const answerInAnswerRule: LintRule = ({ report, spans, slices, lineOf, checker }) => {
  const lints: Lint[] = [];
  const { text } = report;
  report.questions.forEach((question, i) => {
    const span = spans[i];
    if (!span) return;
    const n = question.number;
    for (
      let at = text.indexOf('Answer:', span.start);
      at !== -1 && at < span.end;
      at = text.indexOf('Answer:', at + 7)
    ) {
      const line = lineOf(at);
      // What report.py would see if this one were lower case tells what this one does.
      const without = reportPySlices(`${text.slice(0, at)}answer:${text.slice(at + 7)}`).length;
      let effect: string;
      if (slices.length !== without) {
        effect =
          `so it sees ${slices.length} answers instead of ${without}` +
          (slices.length !== checker.expectedAnswers
            ? ' and will refuse the whole report'
            : ' and checks every later answer against the wrong question');
      } else {
        const counted = slices
          .filter((s) => s.start >= span.start && s.start <= span.end)
          .reduce((sum, s) => sum + countWords(text.slice(s.start, s.end)), 0);
        const total = countWords(text.slice(span.start, span.end));
        effect = `so it counts only ${counted} of the ${total} words of question ${n}`;
      }
      lints.push({
        rule: 'answer-in-answer',
        question: n,
        line,
        message:
          `Question ${n}'s answer contains "Answer:" on line ${line}: report.py splits the report at every ` +
          `"Answer:", ${effect}. Write "answer:" in lower case or rephrase it.`,
      });
    }
  });
  return lints;
};
