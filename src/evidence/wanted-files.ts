import type { EvidenceRule } from './evidence-rules.js';
import { globToRegExp } from './glob-to-regexp.js';
import { rulePaths } from './rule-paths.js';
import { sourceFiles } from './source-files.js';

/** The files that tell the package's name, which every comparison with the template needs (`packageNames`). */
const packageFile = /(?:^|\/)(?:__init__\.py|pyproject\.toml)$/;

/**
 * Which of a repository's files `rules` can look at, by path alone, so the scan reads no other: those a `path`, `in`,
 * dependency or import glob names, every file of code or configuration when a line rule reads them all, and those that
 * tell the package's name. `base` is the project's folder (`RepositorySnapshot.base`).
 */
export const wantedFiles = (
  rules: readonly EvidenceRule[],
  base: string | undefined,
): ((path: string) => boolean) => {
  const globs = new Set<string>();
  const add = (patterns: readonly string[]): void => {
    for (const p of patterns) globs.add(p);
  };
  let everyCodeFile = false;
  for (const source of rules.flatMap((r) => r.evidence)) {
    if ('path' in source) add(source.path);
    else if ('import' in source) add(sourceFiles.python);
    else if ('dependency' in source) add(sourceFiles.dependency);
    else if ('line' in source) {
      if (source.in) add(source.in);
      else everyCodeFile = true;
    }
  }
  const patterns = [packageFile, ...[...globs].map(globToRegExp)];
  const pathsOf = rulePaths(base);
  return (path) =>
    (everyCodeFile && !sourceFiles.prose.test(path)) ||
    pathsOf(path).some((p) => patterns.some((g) => g.test(p)));
};
