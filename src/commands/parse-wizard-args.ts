import { parseArgs } from 'node:util';
import { ReportError } from '../io/report-error.js';

/** The wizard's flags and report path. */
export interface WizardArgs {
  path: string | undefined;
  question: number | undefined;
  checklist: boolean;
  fresh: boolean;
  /** `--python CMD`: the python the overview's parity check (`p`) runs report.py with. */
  python: string | undefined;
}

/**
 * Reads `[PATH] [--question N | --checklist] [--fresh] [--python CMD]` with node's parseArgs, as the other commands
 * do (its errors, such as an unknown option, are reported like theirs); our own checks throw a one-line
 * `ReportError`.
 */
export const parseWizardArgs = (args: string[]): WizardArgs => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      question: { type: 'string' },
      checklist: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      python: { type: 'string' },
    },
  });
  if (values.question !== undefined && !/^\d+$/.test(values.question))
    throw new ReportError('--question needs a question number.');
  if (positionals.length > 1)
    throw new ReportError(`Expected one report path, got ${positionals.slice(0, 2).join(' and ')}.`);
  if (values.question !== undefined && values.checklist)
    throw new ReportError('Use either --question or --checklist, not both.');
  return {
    path: positionals[0],
    question: values.question === undefined ? undefined : Number(values.question),
    checklist: values.checklist,
    fresh: values.fresh,
    python: values.python,
  };
};
