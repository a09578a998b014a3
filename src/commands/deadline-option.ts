import type { CommandSpec } from './command-specs.js';
import { usageError } from './parse-command-args.js';

const isoWithOffset = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;

/** A moment given on the command line: an ISO 8601 time with an offset, so that it means one moment wherever it runs. */
export const parseDeadline = (value: string): { time: number; iso: string } | null => {
  if (!isoWithOffset.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? { time: ms / 1000, iso: value } : null;
};

/** The value of a moment option (`--deadline`, `--at`), undefined when not given; a usage error when not a moment. */
export const deadlineOption = (
  spec: CommandSpec,
  option: string,
  value: string | undefined,
): { time: number; iso: string } | undefined => {
  if (value === undefined) return undefined;
  const deadline = parseDeadline(value);
  if (deadline === null)
    throw usageError(
      spec,
      `--${option} takes an ISO 8601 time with offset, such as 2026-01-24T00:00:00+01:00; got "${value}"`,
    );
  return deadline;
};
