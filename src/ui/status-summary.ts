import type { CheckResult } from '../report/check-report.js';
import type { Report } from '../report/model.js';

/**
 * `questions passing 4/31 · checklist 0/11 checked`: the wizard's header and its no-terminal line. `reason` adds
 * report.py's error when it would stop.
 */
export const statusSummary = (report: Report, check: CheckResult, reason: boolean): string => {
  const passing =
    check.fatal === null
      ? `questions passing ${check.passed}/${check.total}`
      : reason
        ? `report.py stops: ${check.fatal}`
        : 'report.py stops';
  const checked = report.items.filter((i) => i.checked).length;
  return `${passing} · checklist ${checked}/${report.items.length} checked`;
};
