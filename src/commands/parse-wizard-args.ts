import { ReportError } from '../io/report-error.js';

/** The wizard's flags and report path. */
export interface WizardArgs {
  path: string | undefined;
  question: number | undefined;
  checklist: boolean;
  fresh: boolean;
}

/** Reads `[PATH] [--question N | --checklist] [--fresh]`, throwing a one-line `ReportError` on anything else. */
export const parseWizardArgs = (args: string[]): WizardArgs => {
  const parsed: WizardArgs = { path: undefined, question: undefined, checklist: false, fresh: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--checklist') parsed.checklist = true;
    else if (arg === '--fresh') parsed.fresh = true;
    else if (arg === '--question' || arg.startsWith('--question=')) {
      const value = arg === '--question' ? args[++i] : arg.slice('--question='.length);
      if (value === undefined || !/^\d+$/.test(value))
        throw new ReportError('--question needs a question number.');
      parsed.question = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') throw new ReportError(`Unknown option ${arg}.`);
    else if (parsed.path === undefined) parsed.path = arg;
    else throw new ReportError(`Expected one report path, got ${parsed.path} and ${arg}.`);
  }
  if (parsed.question !== undefined && parsed.checklist) {
    throw new ReportError('Use either --question or --checklist, not both.');
  }
  return parsed;
};
