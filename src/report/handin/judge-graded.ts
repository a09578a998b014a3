import { type CheckResult, checkReport } from '../check-report.js';
import { generations } from '../generations.js';
import { lintReport } from '../lint-report.js';
import type { Lint } from '../lints/lint.js';
import { lintContext } from '../lints/lint-context.js';
import type { GenerationId } from '../model.js';
import { parseReportStructure } from '../parse-report.js';
import { checkerAt } from './course-deadline.js';

/** An image link whose file is not where the link points. */
export interface MissingImage {
  question: number;
  /** The path from the repository's root. */
  path: string;
}

/** The graded version judged: report.py's verdict and the lints with the year's limits, its missing images. */
export interface GradedJudgement {
  check: CheckResult;
  lints: Lint[];
  missingImages: MissingImage[];
}

// `a/./b/../c` → `a/c`; a path that climbs out of the repository keeps its `..` (and so is never found).
const normalize = (path: string): string => {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
};

/** A link target (URL-decoded, relative to the report's folder or, with a leading `/`, the root) from the root. */
export const imagePathFromRoot = (reportPath: string, target: string): string => {
  const folder = reportPath.includes('/') ? reportPath.slice(0, reportPath.lastIndexOf('/')) : '';
  return normalize(target.startsWith('/') ? target : `${folder}/${target}`);
};

/** The generation whose template staff graded with the report.py in force at `time` (the oldest one before 2023-09). */
export const generationAt = (time: number | null): { generation: GenerationId; checker: string } => {
  if (time === null) {
    const newest = generations.at(-1)!;
    return { generation: newest.id, checker: newest.checker.version };
  }
  const checker = checkerAt(time);
  const generation =
    generations.filter((g) => g.checker.version <= checker.version).at(-1) ?? generations[0]!;
  return { generation: generation.id, checker: checker.version };
};

/**
 * Checks the graded text as report.py did at `deadline` (seconds; null: today's) and lints it with that year's
 * template; `tree` holds every path of the graded commit, against which image links are looked up.
 */
export const judgeGraded = (options: {
  text: string;
  reportPath: string;
  tree: ReadonlySet<string>;
  deadline: number | null;
}): GradedJudgement => {
  const { generation, checker } = generationAt(options.deadline);
  const report = parseReportStructure(options.text);
  const exists = (relative: string): boolean =>
    options.tree.has(imagePathFromRoot(options.reportPath, relative));
  const context = lintContext(report, { newest: generation, imageExists: exists });
  const check = checkReport(options.text, { generation, checker });
  const lints = lintReport(report, {}, context);
  const missingImages: MissingImage[] = [];
  const seen = new Set<string>();
  for (const image of context.images) {
    if (image.remote || image.path === '') continue;
    const path = imagePathFromRoot(options.reportPath, image.path);
    if (options.tree.has(path) || seen.has(`${image.question} ${path}`)) continue;
    seen.add(`${image.question} ${path}`);
    missingImages.push({ question: image.question, path });
  }
  return { check, lints, missingImages };
};
