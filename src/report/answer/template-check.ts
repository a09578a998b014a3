import { type CheckResult, checkReport } from '../check-report.js';
import { generationById, newestGeneration } from '../generations.js';
import type { Report } from '../model.js';

/** The check the overview counts with, and, for an older template, the line saying whose report.py that is. */
export interface TemplateCheck {
  check: CheckResult;
  /** Why the counts are not today's report.py's, and the way out; null when they are. */
  label: string | null;
}

/**
 * When today's report.py refuses the report because it is an older year's template, that year's report.py counts
 * its answers instead (every question would show `?` otherwise), and the label says so plainly.
 */
export const templateCheck = (report: Report, check: CheckResult): TemplateCheck => {
  const year = report.generation;
  if (check.fatal === null || year === null || year === newestGeneration.id) return { check, label: null };
  const own = checkReport(report.text, year);
  if (own.fatal !== null) return { check, label: null };
  const generation = generationById(year);
  return {
    check: own,
    label:
      `Today's report.py refuses this ${generation.questions}-question template: ${check.fatal} ` +
      `Counts below are the ${year} report.py's ("report-wizard check --template ${year}"); staff grade with ` +
      `today's, so move your answers into the current template: "report-wizard migrate --fetch".`,
  };
};
