/** An error with a one-line message meant for the student, and the exit code it ends the process with. */
export class ReportError extends Error {
  override readonly name = 'ReportError';

  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
