import type { CommandSpec, OptionSpec } from './command-specs.js';

const optionUsage = (name: string, option: OptionSpec): string =>
  option.type === 'boolean'
    ? `--${name}`
    : `--${name} ${option.choices?.join('|') ?? option.value ?? 'VALUE'}`;

/** `report-wizard check [PATH...] [--json | --format text|json|github] …`: a command's usage line, from its spec. */
export const formatSynopsis = (spec: CommandSpec): string => {
  const parts = [spec.name === 'wizard' ? 'report-wizard' : `report-wizard ${spec.name}`];
  if (spec.positionals !== '') parts.push(spec.positionals);
  const shown = new Set<string>();
  for (const name of Object.keys(spec.options)) {
    if (shown.has(name) || spec.positionals.includes(`--${name}`)) continue;
    const group = spec.alternatives?.find((g) => g.names.includes(name));
    const names = group?.names ?? [name];
    for (const n of names) shown.add(n);
    const inner = names
      .map((n) => (Object.hasOwn(spec.options, n) ? optionUsage(n, spec.options[n]!) : n))
      .join(' | ');
    parts.push(group?.required === true ? `(${inner})` : `[${inner}]`);
  }
  return parts.join(' ');
};
