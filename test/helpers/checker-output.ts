import type { CheckerOutput } from '../../src/parity/parse-checker-output.js';

/** A parsed report.py output that saw nothing, with `over` set. */
export const checkerOutput = (over: Partial<CheckerOutput>): CheckerOutput => ({
  fatal: null,
  fatalIn: null,
  passed: null,
  total: null,
  failures: [],
  unrecognised: [],
  ...over,
});
