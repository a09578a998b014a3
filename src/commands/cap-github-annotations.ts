import type { Lint } from '../report/lints/lint.js';
import { plural } from '../report/plural.js';
import { annotationLevel, githubAnnotation } from './format-github-annotations.js';

/** A lint and the file it belongs to, as one run of `check` collects them. */
export interface FileLint {
  file: string;
  lint: Lint;
}

/** How many annotations of one level GitHub shows for a step; the rest are dropped without a word. */
export const githubAnnotationsPerLevel = 10;

// Worst first: what breaks the hand-in, then failing questions (report.py's own verdict), then everything else.
const rank = (lint: Lint): number =>
  annotationLevel(lint) === 'error' ? 0 : lint.rule === 'report-py' ? 1 : 2;

/**
 * The annotations of a whole run, worst first and at most ten of each level, as GitHub shows them; when some are left
 * out, one notice says how many and where they are (`summary`: the job summary holds every one).
 */
export const capGithubAnnotations = (lints: readonly FileLint[], summary: boolean): string => {
  const sorted = [...lints].sort((a, b) => rank(a.lint) - rank(b.lint));
  const shown = new Map<string, number>();
  let out = '';
  let left = 0;
  for (const { file, lint } of sorted) {
    const level = annotationLevel(lint);
    const count = shown.get(level) ?? 0;
    if (count >= githubAnnotationsPerLevel) {
      left++;
      continue;
    }
    shown.set(level, count + 1);
    out += githubAnnotation(file, lint);
  }
  if (left === 0) return out;
  const where = summary
    ? 'every one is in the job summary'
    : 'run report-wizard check on the report to see every one';
  return `${out}::notice title=report-wizard::${plural(left, 'more problem')} not shown here (GitHub shows ${githubAnnotationsPerLevel} of each kind per step): ${where}.\n`;
};
