import { dirname, relative } from 'node:path';
import { findRepository } from '../git/find-repository.js';
import { type RunGit, runGit } from '../git/run-git.js';
import type { FileSystem } from '../io/file-system.js';
import { conflictMarkerLine } from '../report/merge/conflict-marker-line.js';
import { mergeReports } from '../report/merge/merge-reports.js';
import { shellQuote } from '../report/shell-quote.js';
import type { WizardResolve } from '../ui/effects/effect-context.js';
import type { ResolveSource } from '../ui/screens/resolve/resolve-conflicts.js';
import { indexStages } from '../git/resolve-conflicts.js';

/**
 * The Resolve screen's port when the report is unmerged in git's index (stages 1, 2, 3, better than markers) or
 * holds conflict markers (a merge pulled from GitHub with them committed); null when it has no conflict.
 */
export const wizardResolve = async (
  fs: FileSystem,
  path: string,
  text: string,
  git: RunGit = runGit,
): Promise<WizardResolve | null> => {
  const root = await findRepository(fs, dirname(path));
  const stages = root === null ? null : await indexStages(git, root, path);
  const merged = stages === null ? null : mergeReports(...stages);
  const source: ResolveSource | null =
    merged?.ok === true
      ? { kind: 'index', merge: merged }
      : conflictMarkerLine.test(text)
        ? { kind: 'markers' }
        : null;
  if (source === null) return null;
  const inRepo = root === null ? null : relative(root, path);
  // Quoted for the shell, as every command we suggest: a student may run it as shown.
  const command = `git add ${shellQuote(inRepo ?? path)}`;
  return {
    source,
    command,
    gitAdd: async () => {
      if (root === null || inRepo === null) return 'The report is not in a git repository: nothing to add.';
      const out = await git(['add', '--', inRepo], root);
      return out === null
        ? `${command} failed: run it in a terminal to see why.`
        : `Ran ${command}: git counts the report resolved. Commit the merge when ready.`;
    },
  };
};
