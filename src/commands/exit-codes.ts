/** Exit codes shared by every command (documented in the README). */
export const ExitCode = {
  /** Everything passed / the command did what it was asked. */
  ok: 0,
  /** The report has failing questions, is fatal for report.py, or parity disagrees. */
  failed: 1,
  /** Usage or input error: bad arguments, missing or unreadable file, not a report, report.py could not run. */
  usage: 2,
} as const;
