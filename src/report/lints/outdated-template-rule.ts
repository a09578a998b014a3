import { checkReport } from '../check-report.js';
import type { Constraint } from '../generations.js';
import { generationById } from '../generations.js';
import type { LintRule } from './lint-rule.js';

const show = (c: Constraint | null | undefined): string => {
  if (!c) return 'no limit';
  const parts = [
    c.words ? `${c.words[0]}-${c.words[1]} words` : '',
    c.images ? `${c.images[0]}-${c.images[1]} images` : '',
  ];
  return parts.filter(Boolean).join(' + ');
};

/** The command that moves a report into the newest template, downloading it. */
const migrateCommand = 'report-wizard migrate --fetch';

/** A report written in an older template than the one staff grade with today. */
const check: LintRule['check'] = ({ report, newest }) => {
  if (report.generation === null || report.generation === newest) return [];
  const mine = generationById(report.generation);
  const today = generationById(newest);
  let consequence: string;
  if (mine.questions !== today.checker.expectedAnswers) {
    // Say what report.py really raises: a report with no `Answer:` at all stops before answers are counted.
    const { fatal } = checkReport(report.text, { checker: today.checker.version });
    const stops =
      fatal === null || fatal === `ValueError: ${today.checker.countMessage}`
        ? `Today's report.py expects ${today.checker.expectedAnswers} answers and refuses this report of ${mine.questions}.`
        : `Today's report.py stops on it with ${fatal}.`;
    consequence =
      `${stops} Move your answers into the newest template with "${migrateCommand}"; --template ${mine.id} ` +
      "shows how that year's report.py counted them.";
  } else {
    const changed = today.checker.constraints
      .map((c, i) => ({ n: i + 1, before: show(mine.checker.constraints[i]), after: show(c) }))
      .filter((d) => d.before !== d.after)
      .map((d) => `question ${d.n} ${d.before} -> ${d.after}`);
    const limits =
      changed.length === 0
        ? 'The limits are the same.'
        : `Today's report.py checks other limits than its text states: ${changed.join('; ')}. --template ` +
          `${mine.id} shows how that year's report.py counted them.`;
    consequence = `${limits} "${migrateCommand}" moves your answers into the newest template.`;
  }
  return [
    {
      rule: 'outdated-template',
      question: null,
      line: null,
      message: `This report uses the ${mine.label}; staff grade with the ${today.label}. ${consequence}`,
    },
  ];
};

/** The `outdated-template` rule (see `check` above). */
export const outdatedTemplateRule: LintRule = {
  id: 'outdated-template',
  scope: 'report',
  fixable: null,
  description: 'a report in an older template than the one staff grade with today',
  remedy: '`report-wizard migrate --fetch`',
  check,
};
