import type { CliIo } from '../../io/cli-io.js';
import type { WizardResolve } from '../../ui/effects/effect-context.js';

/** The Resolve screen's port when the report, as `text` holds it, has merge conflicts (git's index or markers), else null. */
export const wizardFindResolve =
  (io: CliIo, reportPath: string) =>
  async (text: string): Promise<WizardResolve | null> => {
    const { wizardResolve } = await import('../wizard-resolve.js');
    return wizardResolve(io.fs, reportPath, text);
  };
