import { plural } from '../report/plural.js';
import { describeConstraint } from '../report/describe-constraint.js';
import type { Lint } from '../report/lints/lint.js';
import type { FileCheck } from './check-report-file.js';
import { headingNumber, questionName } from './question-name.js';

/**
 * report.py's own verdict as lints, for the outputs that list problems by line (GitHub annotations, compact,
 * `--fail-on`): a refusal of the whole report, or each failing question, named by its heading, on its `Answer:` line.
 */
export const failuresAsLints = (c: FileCheck): Lint[] =>
  c.fatal !== null
    ? [{ rule: 'report-py-refuses', question: null, line: null, message: `report.py stops with ${c.fatal}` }]
    : c.questions
        .filter((q) => !q.passed)
        .map((q) => ({
          rule: 'report-py',
          question: headingNumber(c, q),
          line: c.answerLines[q.position - 1] ?? null,
          message: `${questionName(c, q)} fails report.py: ${plural(q.words, 'word')}, ${plural(q.images, 'image')}; expected ${describeConstraint(q.constraint)}.`,
        }));
