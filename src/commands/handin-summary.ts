import { dirname } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { HandinError, handinFacts } from '../git/handin/handin-facts.js';
import { formatHandinText } from '../git/handin/format-handin-text.js';
import { visibleText } from '../report/visible-text.js';

/**
 * The hand-in facts of the repository holding `reportPath` as a job-summary section: what staff would grade if they
 * scraped now, in a fenced block longer than any run of backticks in it, or the line saying why there are none.
 */
export const handinSummary = async (fs: FileSystem, reportPath: string, now: number): Promise<string> => {
  let text: string;
  try {
    text = formatHandinText(await handinFacts({ dir: dirname(reportPath), now, fs }), now);
  } catch (error) {
    if (!(error instanceof HandinError)) throw error;
    text = visibleText(error.message);
  }
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `### Hand-in: what staff would grade\n\n${fence}text\n${text.trimEnd()}\n${fence}\n\n`;
};
