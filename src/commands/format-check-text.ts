import { generationById, newestGeneration } from '../report/generations.js';
import { describeConstraint } from '../report/describe-constraint.js';
import { visibleText } from '../report/visible-text.js';
import type { FileCheck } from './check-report-file.js';
import { headingNumber } from './question-name.js';
import { questionVerdict } from './question-verdict.js';

/** ANSI colouring that is a no-op when colour is off. */
export interface Paint {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

/** Colours for a terminal (`enabled`), or plain text. */
export const makePaint = (enabled: boolean): Paint => {
  const wrap = (open: number, close: number) => (s: string) =>
    enabled ? `\u001B[${open}m${s}\u001B[${close}m` : s;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22) };
};

/** The readable `check` output for one report: a row per question, then lints and a total line. */
export const formatCheckText = (check: FileCheck, paint: Paint): string => {
  const out: string[] = [];
  const checkedWith = generationById(check.generation);
  out.push(`${visibleText(check.file)} · checked as report.py ${check.checker} (${checkedWith.label})`);
  if (
    check.detected !== null &&
    check.detected !== newestGeneration.id &&
    check.generation === newestGeneration.id
  ) {
    // The lint's own words, so the text and GitHub outputs give the same advice.
    const outdated = check.lints.find((l) => l.rule === 'outdated-template');
    if (outdated) out.push(paint.yellow(outdated.message));
  }
  if (check.fatal !== null) {
    out.push(paint.red(`report.py stops with: ${visibleText(check.fatal)}`));
  } else {
    out.push(paint.dim('   Q  words  images  target                         result'));
    for (const q of check.questions) {
      const n = headingNumber(check, q);
      const row = `${String(n).padStart(4)}  ${String(q.words).padStart(5)}  ${String(q.images).padStart(6)}  ${describeConstraint(q.constraint).padEnd(29)}  `;
      const result = questionVerdict(q);
      // report.py's warnings number answers by position: say which it means where the heading differs.
      const aside = n === q.position ? '' : paint.dim(` · report.py's question ${q.position}`);
      out.push(row + (q.passed ? paint.green(result) : paint.red(result)) + aside);
    }
  }
  // An unfilled report would list a placeholder lint per question: one line says the same.
  const placeholders = check.lints.filter((l) => l.rule === 'placeholder');
  const shown = check.lints.filter(
    (l) => l.rule !== 'outdated-template' && (placeholders.length <= 3 || l.rule !== 'placeholder'),
  );
  if (placeholders.length > 3) {
    const numbers = placeholders.map((l) => l.question).join(', ');
    out.push(
      paint.yellow(
        `  ! ${placeholders.length} questions still hold their "--- question N fill here ---" placeholder (6 words each for report.py): ${numbers}.`,
      ),
    );
  }
  for (const lint of shown) {
    const where =
      lint.line === null || lint.message.includes(`line ${lint.line}`) ? '' : `line ${lint.line}: `;
    out.push(paint.yellow(`  ! ${where}${visibleText(lint.message)}`));
  }
  out.push(
    check.fatal !== null
      ? paint.red('0 questions pass: report.py refuses the whole report.')
      : `${check.passed}/${check.total} questions pass.`,
  );
  return `${out.join('\n')}\n`;
};
