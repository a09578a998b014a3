import type { CommandSpec } from './command-specs.js';
import { usageError } from './parse-command-args.js';

/**
 * The report a one-report command was given: its one positional PATH or `--report PATH` (undefined: the current
 * directory). Two paths, or a PATH and `--report`, are a usage error.
 */
export const reportArgument = (
  spec: CommandSpec,
  positionals: readonly string[],
  report: string | undefined,
): string | undefined => {
  if (report !== undefined && positionals.length > 0)
    throw usageError(
      spec,
      `Give the report once, as PATH or as --report, not both ("${positionals[0]}", "${report}")`,
    );
  if (positionals.length > 1)
    throw usageError(
      spec,
      `Expected one report path, got ${positionals
        .slice(0, 2)
        .map((p) => `"${p}"`)
        .join(' and ')}`,
    );
  return report ?? positionals[0];
};
