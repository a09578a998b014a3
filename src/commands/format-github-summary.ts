import { generationById } from '../report/generations.js';
import { describeConstraint } from '../report/describe-constraint.js';
import type { Lint } from '../report/lints/lint.js';
import { visibleText } from '../report/visible-text.js';
import type { FileCheck } from './check-report-file.js';
import { headingNumber } from './question-name.js';
import { questionVerdict } from './question-verdict.js';

// The summary is Markdown that GitHub renders as HTML: report text must neither break the table (`|`, line breaks)
// nor become markup (`<`, `&`), and its control characters are shown, as everywhere else.
const cell = (s: string): string =>
  visibleText(s.replace(/\r\n|\r|\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');

const where = (lint: Lint): string =>
  [
    lint.line === null ? null : `line ${lint.line}`,
    lint.question === null ? null : `question ${lint.question}`,
  ]
    .filter((part) => part !== null)
    .join(', ');

/**
 * The job summary GitHub shows for one checked report: report.py's verdict, a row per question (count, target,
 * verdict, its warnings) and every problem, none left out (annotations are capped; the summary is not).
 */
export const formatGithubSummary = (check: FileCheck): string => {
  const out: string[] = [`## report-wizard check: ${cell(check.file)}`, ''];
  const checker = `report.py ${check.checker} (${generationById(check.generation).label})`;
  if (check.fatal !== null) {
    out.push(`${cell(checker)}: :x: **refuses the whole report**: \`${cell(check.fatal)}\``, '');
  } else {
    out.push(`${cell(checker)}: **${check.passed} of ${check.total} questions pass.**`, '');
    out.push('| Question | Words | Images | Target | Verdict | Warnings |');
    out.push('| ---: | ---: | ---: | --- | --- | --- |');
    for (const q of check.questions) {
      const n = headingNumber(check, q);
      const rules = check.lints.filter((l) => l.question === n).map((l) => `\`${l.rule}\``);
      const name = n === q.position ? `${n}` : `${n} (report.py's ${q.position})`;
      const verdict = q.passed ? ':white_check_mark: pass' : `:x: ${questionVerdict(q).slice(6, -1)}`;
      out.push(
        `| ${name} | ${q.words} | ${q.images} | ${describeConstraint(q.constraint)} | ${verdict} | ${rules.join(' ')} |`,
      );
    }
    out.push('');
  }
  if (check.lints.length > 0) {
    out.push(`### Problems (${check.lints.length})`, '');
    for (const lint of check.lints) {
      const place = where(lint);
      out.push(`- \`${lint.rule}\`${place === '' ? '' : ` (${place})`}: ${cell(lint.message)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
};
