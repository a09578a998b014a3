import { parseArgs } from 'node:util';
import { ReportError } from '../io/report-error.js';
import type { CommandSpec } from './command-specs.js';
import { formatSynopsis } from './format-synopsis.js';

/** A usage error that ends with the command's usage line: `…; usage: report-wizard fix [PATH | --report PATH] …`. */
export const usageError = (spec: CommandSpec, problem: string): ReportError =>
  new ReportError(`${problem} (usage: ${formatSynopsis(spec)})`);

/** One line for a parseArgs error, whose messages run over several sentences and lines. */
const parseArgsMessage = (message: string): string => {
  // `--text "- item"`: parseArgs will not take a value that starts with a dash unless it is joined with `=`.
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]} has a value starting with "-": write it as ${ambiguous[1]}=VALUE`;
  return message.split(/\.(?:\s|$)/)[0]!;
};

/**
 * Parses a command's arguments with node's parseArgs and the command's spec, and checks the values of options with
 * `choices`: an unknown option, a missing value or a value not among the choices is a `ReportError` that ends with
 * the command's usage line.
 */
export const parseCommandArgs = <S extends CommandSpec>(spec: S, args: string[]) => {
  let parsed;
  try {
    parsed = parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: S['options'] }>({
      args,
      allowPositionals: true,
      strict: true,
      options: spec.options,
    });
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_'))
      throw usageError(spec, parseArgsMessage(error.message));
    throw error;
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value: unknown = (parsed.values as Record<string, unknown>)[name];
    const given = Array.isArray(value) ? value : [value];
    for (const v of given) {
      if (option.choices !== undefined && typeof v === 'string' && !option.choices.includes(v))
        throw usageError(spec, `--${name} must be one of ${option.choices.join(', ')}; got "${v}"`);
    }
  }
  return parsed;
};

/** Whether the arguments ask for the command's help (`-h` or `--help`, not as another option's value nor after `--`). */
export const wantsHelp = (spec: CommandSpec, args: string[]): boolean => {
  // Only `--help`, `--help=…` or a group of short options holding `h` can ask: without one, no parse is needed (parseArgs
  // takes time quadratic in the arguments, a fiftieth of checking 1,000 reports named on the command line).
  if (!args.some((arg) => arg.startsWith('--help') || /^-(?!-).*h/.test(arg))) return false;
  const { tokens } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
  });
  return tokens.some((token) => token.kind === 'option' && token.name === 'help');
};
