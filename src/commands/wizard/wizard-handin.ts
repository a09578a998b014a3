import { dirname } from 'node:path';
import type { HandinFacts } from '../../git/handin/handin-facts.js';
import type { CliIo } from '../../io/cli-io.js';

/** The hand-in facts of the report's repository (src/git/handin), read after the first frame. */
export const wizardHandin = (_io: CliIo, reportPath: string) => async (): Promise<HandinFacts> => {
  const { handinFacts } = await import('../../git/handin/handin-facts.js');
  return handinFacts({ dir: dirname(reportPath), now: Date.now() / 1000 });
};
