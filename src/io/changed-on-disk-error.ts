import { ReportError } from './report-error.js';

/** A write refused because the file no longer holds what was read: the edit may be made again on what is there now. */
export class ChangedOnDiskError extends ReportError {
  readonly changedOnDisk = true;

  constructor(path: string) {
    super(`${path} changed on disk since it was read: nothing was written. Run the command again.`);
  }
}

/** Whether `error` is a `ChangedOnDiskError`, also one from another bundle (the lazy commands are bundled apart). */
export const isChangedOnDisk = (error: unknown): error is ChangedOnDiskError =>
  error instanceof Error && (error as Partial<ChangedOnDiskError>).changedOnDisk === true;
