import type { CliIo } from '../../io/cli-io.js';
import type { ParityResult } from '../../ui/wizard-reducer.js';

/** The parity check the overview's `p` runs on the report: src/parity, loaded only when asked for. */
export const wizardParity =
  (io: CliIo, reportPath: string, python: string | undefined) => async (): Promise<ParityResult> => {
    const { runParity } = await import('../../parity/run-parity.js');
    const outcome = await runParity(reportPath, {
      cwd: io.cwd,
      env: io.env,
      fs: io.fs,
      color: false,
      ...(python === undefined ? {} : { python }),
    });
    return { report: outcome.report, error: outcome.error };
  };
