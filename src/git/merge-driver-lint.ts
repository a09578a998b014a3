import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { Lint } from '../report/lints/lint.js';
import type { RunGit } from './run-git.js';

const read = async (fs: FileSystem, path: string): Promise<string> => {
  try {
    return new TextDecoder().decode(await fs.readFile(path));
  } catch {
    return '';
  }
};

/**
 * One line when half of the merge driver is set up: the driver in this clone's git config but no `.gitattributes`
 * line naming it for the report, or the reverse. Either way git merges the report line by line. The files are
 * looked at first, so that a repository without the driver costs `check` no git process.
 */
export const mergeDriverLint = async (options: {
  fs: FileSystem;
  root: string;
  reportFile: string;
  git: RunGit;
}): Promise<Lint[]> => {
  const { fs, root, reportFile, git } = options;
  const folder = reportFile.includes('/') ? reportFile.slice(0, reportFile.lastIndexOf('/')) : '.';
  const [rootAttributes, folderAttributes, config] = await Promise.all([
    read(fs, join(root, '.gitattributes')),
    folder === '.' ? Promise.resolve('') : read(fs, join(root, folder, '.gitattributes')),
    read(fs, join(root, '.git', 'config')),
  ]);
  if (
    !/merge=report-wizard/.test(rootAttributes + folderAttributes) &&
    !/\[merge "report-wizard"\]/.test(config)
  )
    return [];
  const [attribute, driver] = await Promise.all([
    git(['check-attr', 'merge', '--', reportFile], root),
    git(['config', '--get', 'merge.report-wizard.driver'], root),
  ]);
  if (attribute === null) return [];
  const named = attribute.trim().endsWith(': merge: report-wizard');
  const configured = driver !== null && driver.trim() !== '';
  if (named === configured) return [];
  const message = configured
    ? `The report-wizard merge driver is set up in this clone, but .gitattributes does not name it for ${reportFile}, ` +
      'so git merges the report line by line: run report-wizard setup and commit .gitattributes.'
    : `.gitattributes names the report-wizard merge driver for ${reportFile}, but this clone has not set it up, so ` +
      'git merges the report line by line: run report-wizard setup.';
  return [{ rule: 'merge-driver', question: null, line: null, message }];
};
