import { gitLints } from '../git/git-lints.js';
import type { FileSystem } from '../io/file-system.js';
import { imageExistsNear } from '../io/image-exists-near.js';
import { loadReport } from '../io/load-report.js';
import { type CheckResult, checkReport } from '../report/check-report.js';
import { generationById, newestGeneration } from '../report/generations.js';
import { lintReport } from '../report/lint-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { GenerationId } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';

/** One file's check: report.py's verdict, the template it looks like, and the lints. */
export interface FileCheck extends CheckResult {
  file: string;
  /** The generation the report looks like (null when it matches none). */
  detected: GenerationId | null;
  lints: Lint[];
  /** 1-based line of each answer's `Answer:` by position (null where the question has none). */
  answerLines: (number | null)[];
}

/** Loads, checks and lints one report; `template` `auto` checks with the report.py graded today. */
export const checkReportFile = async (
  fs: FileSystem,
  pathArg: string | undefined,
  cwd: string,
  template: GenerationId | 'auto',
): Promise<FileCheck> => {
  const loaded = await loadReport(fs, pathArg, cwd);
  const report = parseReport(loaded.text);
  const generation = template === 'auto' ? newestGeneration.id : generationById(template).id;
  const result = checkReport(loaded.text, generation);
  const lints = lintReport(report, {
    imageExists: await imageExistsNear(fs, loaded.path, loaded.text),
    newest: newestGeneration.id,
  });
  // Whole-report git lints (no line) go first, as lintReport sorts them; the sort is stable.
  const git = await gitLints({ fs, reportPath: loaded.path, report });
  if (git.length > 0) {
    lints.push(...git);
    lints.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
  const answerLines = report.questions.map((q) => q.answerLine);
  return { file: pathArg ?? loaded.path, ...result, detected: report.generation, lints, answerLines };
};
