import { relative, resolve, sep } from 'node:path';
import { gitLints } from '../git/git-lints.js';
import type { GitAnswers } from '../git/shared-git.js';
import type { FileSystem } from '../io/file-system.js';
import { type FolderListings, imageExistsNear } from '../io/image-exists-near.js';
import { loadReport } from '../io/load-report.js';
import { type CheckResult, checkReport } from '../report/check-report.js';
import { generationById, newestGeneration } from '../report/generations.js';
import { lintReport } from '../report/lint-report.js';
import type { Lint } from '../report/lints/lint.js';
import type { GenerationId } from '../report/model.js';
import { lintContext } from '../report/lints/lint-context.js';
import { questionOfSlice } from '../report/answer/question-of-slice.js';
import { parseReportStructure } from '../report/parse-report.js';
import { splitLines } from '../report/split-lines.js';

/** One file's check: report.py's verdict, the template it looks like, and the lints. */
export interface FileCheck extends CheckResult {
  file: string;
  /** Where the report was found (`file` is as the user named it). */
  path: string;
  /** The generation the report looks like (null when it matches none). */
  detected: GenerationId | null;
  lints: Lint[];
  /** 1-based line of each answer's `Answer:` by report.py's position (null where the question has none). */
  answerLines: (number | null)[];
  /**
   * The question each of report.py's answers belongs to, by position: the number of the heading a student sees above
   * it, which differs from the position where a heading is missing, repeated or misnumbered (the position itself
   * where no heading holds the answer).
   */
  headings: number[];
}

/** Whether `path` lies outside `named` (the report was found in a folder above the one the user named). */
const isAbove = (path: string, named: string): boolean => {
  const inside = relative(named, path);
  return inside === '..' || inside.startsWith(`..${sep}`);
};

/**
 * Loads, checks and lints one report; `template` `auto` checks with the report.py graded today. `listings` and
 * `gitAnswers` are shared by the reports of one run, so 1,000 reports in one folder do not each list it again nor
 * each run git's status there.
 */
export const checkReportFile = async (
  fs: FileSystem,
  pathArg: string | undefined,
  cwd: string,
  template: GenerationId | 'auto',
  listings: FolderListings = new Map(),
  gitAnswers: GitAnswers = new Map(),
): Promise<FileCheck> => {
  const loaded = await loadReport(fs, pathArg, cwd);
  // Split once, parse the structure only (no prompts, no checklist), and count once: the lints' context holds
  // today's verdict, which is what `auto` prints.
  const lines = splitLines(loaded.text);
  const report = parseReportStructure(loaded.text, lines);
  const generation = template === 'auto' ? newestGeneration.id : generationById(template).id;
  const context = lintContext(report, {
    lines,
    imageExists: await imageExistsNear(fs, loaded.path, loaded.text, listings),
    newest: newestGeneration.id,
  });
  const result = generation === newestGeneration.id ? context.check : checkReport(loaded.text, generation);
  const lints = lintReport(report, {}, context);
  // Whole-report git lints (no line) go first, as lintReport sorts them; the sort is stable.
  const git = await gitLints({ fs, reportPath: loaded.path, report, answers: gitAnswers, context });
  if (git.length > 0) {
    lints.push(...git);
    lints.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
  // Today's algorithm slices at `Answer:` markers, so each answer has a heading above it; the legacy one's first
  // answer starts at character 43, and its answers are taken by position.
  const algorithm = generationById(generation).checker.algorithm;
  const slices = algorithm === 'current' ? context.slices : [];
  const owners = slices.map((slice) => questionOfSlice(report.questions, context.spans, slice));
  const headings = result.questions.map((q) => owners[q.position - 1]?.number ?? q.position);
  const answerLines =
    algorithm === 'current'
      ? slices.map((slice) => context.lineOf(slice.start))
      : report.questions.map((q) => q.answerLine);
  return {
    // As the user named it, unless the report was found in a folder above the one named (then where it is).
    file:
      pathArg === undefined || !isAbove(loaded.path, resolve(cwd, pathArg))
        ? (pathArg ?? loaded.path)
        : loaded.path,
    path: loaded.path,
    ...result,
    detected: report.generation,
    lints,
    answerLines,
    headings,
  };
};
