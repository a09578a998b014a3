import { countWords } from '../count-words.js';
import type { LintRule } from './lint-rule.js';
import { reportPyCounts } from './report-py-counts.js';

/**
 * Text below the last answer (a `## References` section, a footer): report.py counts it into the last answer. The
 * claim's `counted` is what it adds there, which deleting it takes off.
 */
const check: LintRule['check'] = ({ report, spans, slices, lineOf, checker }) => {
  const last = slices[slices.length - 1];
  const index = last ? spans.findIndex((s) => s?.start === last.start) : -1;
  const span = spans[index];
  const question = report.questions[index];
  // A `###` down there makes report.py count the last answer twice: the structure rule tells about that.
  if (!last || !span || !question || report.text.slice(last.start, last.end).includes('###')) return [];
  const after = report.text.slice(span.end, last.end);
  const counted = reportPyCounts(after);
  const { words } = counted;
  if (words === 0 && counted.images === 0) return [];
  const at = span.end + after.search(/\S/);
  const firstLine = after
    .trim()
    .split(/\r\n|\r|\n/)[0]!
    .trim();
  const line = lineOf(at);
  const n = question.number;
  const total = countWords(report.text.slice(last.start, last.end));
  const own = countWords(report.text.slice(span.start, span.end));
  const limit = checker.constraints[checker.expectedAnswers - 1]?.words ?? null;
  const limitNote =
    limit === null
      ? ''
      : total > limit[1] && own <= limit[1]
        ? `, over its ${limit[1]}-word limit`
        : ` (limit ${limit[0]}-${limit[1]})`;
  return [
    {
      rule: 'after-last-answer',
      question: n,
      line,
      message:
        `The ${words} words below question ${n}'s answer (from "${firstLine}" on line ${line}) count towards ` +
        `question ${n}: report.py adds everything after the last "Answer:" to the last answer, so it counts ` +
        `${total} words for it${limitNote}. Move that text above the first question (report.py ignores ` +
        'everything before the first "Answer:") or delete it.',
      claim: { counted },
    },
  ];
};

/** The `after-last-answer` rule (see `check` above). */
export const afterLastAnswerRule: LintRule = {
  id: 'after-last-answer',
  scope: 'report',
  fixable: null,
  description: 'text below the last answer, which report.py counts into it',
  remedy: 'move or delete it',
  check,
};
