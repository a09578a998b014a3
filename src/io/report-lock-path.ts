import { basename, dirname, join } from 'node:path';

/** The writers' lock of the file `target` (see take-file-lock.ts): beside it, hidden, and recognisable as ours. */
export const reportLockPath = (target: string): string =>
  join(dirname(target), `.${basename(target)}.report-wizard.lock`);
