import { commandSpecs } from './command-specs.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';

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
 * Reads `[PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD]` from the wizard's spec, as every
 * command does; each problem is a one-line `ReportError` ending with the usage line.
 */
export const parseWizardArgs = (args: string[]): WizardArgs => {
  const spec = commandSpecs.wizard;
  const { values, positionals } = parseCommandArgs(spec, args);
  if (values.question !== undefined && !/^\d+$/.test(values.question))
    throw usageError(spec, '--question needs a question number');
  const path = reportArgument(spec, positionals, values.report);
  if (values.question !== undefined && values.checklist === true)
    throw usageError(spec, 'Use either --question or --checklist, not both');
  return {
    path,
    question: values.question === undefined ? undefined : Number(values.question),
    checklist: values.checklist === true,
    fresh: values.fresh === true,
    python: values.python,
  };
};
