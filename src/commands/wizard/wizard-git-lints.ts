import type { CliIo } from '../../io/cli-io.js';
import type { Lint } from '../../report/lints/lint.js';
import type { Report } from '../../report/model.js';

/** The header's git lints of the report: src/git, loaded after the first frame. */
export const wizardGitLints =
  (io: CliIo, reportPath: string) =>
  async (report: Report): Promise<Lint[]> => {
    const { gitLints } = await import('../../git/git-lints.js');
    return gitLints({ fs: io.fs, reportPath, report });
  };
