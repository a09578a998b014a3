import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The real-report corpus beside the repository (team machines and CI have it; a lone clone does not). */
export const sharedCorpus = join(import.meta.dirname, '../../../shared/corpus');

/** Whether the corpus is there; when it is not, says once which acceptance tests skip and why. */
export const sharedCorpusPresent = (what: string): boolean => {
  const present = existsSync(join(sharedCorpus, 'reports'));
  if (!present) console.warn(`SKIPPED ${what}: ${sharedCorpus} not found (it lives beside the repository).`);
  return present;
};

/** Under CI=true the corpus must be there: a test that fails instead of letting the acceptance run skip. */
export const requireSharedCorpusUnderCi = (present: boolean): void => {
  it.runIf(process.env.CI === 'true')(
    'should have ../shared/corpus when CI=true: acceptance must not skip there',
    () => {
      expect(present, `${sharedCorpus} is missing`).toBe(true);
    },
  );
};
