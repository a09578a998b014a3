import { checkReport } from '../check-report.js';
import { newestChecker } from '../generations.js';

/**
 * The report figure of the course staff's leaderboard (`tools/repo_stats` in the course repository): the newest
 * report.py's answer count less the lines of its stderr that hold WARNING, one per failed constraint, so a question
 * failing on words and images counts twice and a report.py that crashes, printing no WARNING, shows every question
 * passing. Null when the report is not where the scraper looks.
 */
export const staffFigure = (text: string | null): { passed: number; total: number } | null => {
  if (text === null) return null;
  const check = checkReport(text, { checker: newestChecker.version });
  const total = newestChecker.expectedAnswers;
  if (check.fatal !== null) return { passed: total, total };
  let warnings = 0;
  for (const q of check.questions) {
    const c = q.constraint;
    if (c?.words && (q.words < c.words[0] || q.words > c.words[1])) warnings++;
    if (c?.images && (q.images < c.images[0] || q.images > c.images[1])) warnings++;
  }
  return { passed: total - warnings, total };
};
