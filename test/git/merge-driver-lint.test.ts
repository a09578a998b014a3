import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { mergeDriverLint } from '../../src/git/merge-driver-lint.js';
import { runGit } from '../../src/git/run-git.js';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { makeIo } from '../helpers/make-io.js';
import { answeredReport } from '../report/lints/answered-report.js';
import { tempFolders } from '../helpers/temp-folders.js';
import { git } from '../helpers/test-git.js';

const temp = tempFolders();

const repository = (options: { attribute: boolean; driver: boolean }): string => {
  const root = temp('merge-lint-');
  git(root, 'init', '-q', '-b', 'main');
  mkdirSync(join(root, 'reports'));
  writeFileSync(join(root, 'reports/README.md'), answeredReport());
  if (options.attribute)
    writeFileSync(join(root, '.gitattributes'), 'reports/README.md merge=report-wizard\n');
  if (options.driver)
    git(root, 'config', 'merge.report-wizard.driver', 'report-wizard merge-driver %O %A %B %P');
  return root;
};

const lintOf = async (root: string) =>
  (await mergeDriverLint({ fs: nodeFileSystem, root, reportFile: 'reports/README.md', git: runGit })).map(
    (l) => [l.rule, l.message],
  );

describe('mergeDriverLint', () => {
  it('should say nothing when neither or both halves are set up', async () => {
    expect(await lintOf(repository({ attribute: false, driver: false }))).toEqual([]);
    expect(await lintOf(repository({ attribute: true, driver: true }))).toEqual([]);
  });

  it('should say when the driver is set up but no attribute names it', async () => {
    expect(await lintOf(repository({ attribute: false, driver: true }))).toEqual([
      [
        'merge-driver',
        'The report-wizard merge driver is set up in this clone, but .gitattributes does not name it for ' +
          'reports/README.md, so git merges the report line by line: run report-wizard setup and commit .gitattributes.',
      ],
    ]);
  });

  it('should say when the attribute names a driver this clone has not set up, in check and status', async () => {
    const root = repository({ attribute: true, driver: false });
    const message =
      '.gitattributes names the report-wizard merge driver for reports/README.md, but this clone has not set it up, ' +
      'so git merges the report line by line: run report-wizard setup.';
    expect(await lintOf(root)).toEqual([['merge-driver', message]]);
    for (const command of ['check', 'status']) {
      const { io, out } = makeIo({
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          ...{ GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
        },
      });
      await runCli([command, '--json'], io);
      expect(JSON.stringify(JSON.parse(out.stdout))).toContain(JSON.stringify(message));
    }
  });
});
