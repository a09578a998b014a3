import { describeConstraint } from '../report/describe-constraint.js';
import type { Lint } from '../report/lints/lint.js';
import { plural } from '../report/plural.js';
import { visibleText } from '../report/visible-text.js';
import type { FileCheck } from './check-report-file.js';
import { questionName } from './question-name.js';

const verdictLine = (c: FileCheck): string =>
  c.fatal !== null
    ? `report.py refuses the report (${visibleText(c.fatal)})`
    : `${c.passed}/${c.total} questions pass`;

// A lint is the same problem after a save when its rule, question and message are, line numbers aside: lines move
// as text is typed above, and messages name them.
const lintKey = (l: Lint): string =>
  `${l.rule}\u0000${l.question ?? ''}\u0000${l.message.replace(/\blines? \d+(?:[\u2013-]\d+)?/g, 'line')}`;

const lintLine = (sign: string, l: Lint): string =>
  `  ${sign} ${l.line === null ? '' : `line ${l.line}: `}${visibleText(l.message)}`;

/**
 * What a save changed, for `check --watch`: report.py's verdict now (and before, when it moved), the questions that
 * started or stopped passing, and the warnings that came (`+`) or went (`-`). One line when nothing moved.
 */
export const describeCheckChanges = (before: FileCheck, after: FileCheck): string => {
  const out: string[] = [];
  const now = verdictLine(after);
  const was = verdictLine(before);
  out.push(`${visibleText(after.file)} saved: ${now}${now === was ? '' : ` (was: ${was})`}.`);
  const old = new Map(before.fatal === null ? before.questions.map((q) => [q.position, q]) : []);
  if (after.fatal === null) {
    for (const q of after.questions) {
      const prior = old.get(q.position);
      const counts = `${plural(q.words, 'word')}, ${plural(q.images, 'image')}`;
      if (q.passed && prior !== undefined && !prior.passed)
        out.push(`  ✓ ${questionName(after, q)} passes now (${counts}).`);
      if (!q.passed && (prior === undefined || prior.passed))
        out.push(
          `  ✗ ${questionName(after, q)} fails now (${counts}; expected ${describeConstraint(q.constraint)}).`,
        );
    }
  }
  const beforeKeys = new Set(before.lints.map(lintKey));
  const afterKeys = new Set(after.lints.map(lintKey));
  for (const l of after.lints) if (!beforeKeys.has(lintKey(l))) out.push(lintLine('+', l));
  for (const l of before.lints) if (!afterKeys.has(lintKey(l))) out.push(lintLine('-', l));
  if (out.length === 1 && now === was) out[0] = `${visibleText(after.file)} saved: no change (${now}).`;
  return `${out.join('\n')}\n`;
};
