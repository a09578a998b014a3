import { type CheckResult, checkReport } from '../check-report.js';
import { generationById, newestGeneration } from '../generations.js';
import type { Report } from '../model.js';

/** The check the overview counts with, and, for an older template, the line saying whose report.py that is. */
export interface TemplateCheck {
  check: CheckResult;
  /** For an older template: why the counts are (or are not) today's report.py's, and the way out; else null. */
  label: string | null;
}

/**
 * When today's report.py refuses the report because it is an older year's template, that year's report.py counts
 * its answers instead (every question would show `?` otherwise), and the label says so plainly; an older template
 * today's report.py reads (2025) gets a label naming the way out too.
 */
export const templateCheck = (report: Report, check: CheckResult): TemplateCheck => {
  const year = report.generation;
  if (year === null || year === newestGeneration.id) return { check, label: null };
  if (check.fatal === null) {
    return {
      check,
      label:
        `This report uses the ${year} template and staff grade with the ${newestGeneration.id} one: ` +
        `"report-wizard migrate --fetch" moves your answers into it.`,
    };
  }
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
