import type { CommandSpec } from '../commands/command-specs.js';
import { formatSynopsis } from '../commands/format-synopsis.js';

/** `report-wizard CMD --help`: the usage line, what the command does, and every option with its help. */
export const formatCommandHelp = (spec: CommandSpec): string => {
  const rows = [
    ...Object.entries(spec.options).map(([name, option]) => {
      const value =
        option.type === 'string' ? ` ${option.choices?.join('|') ?? option.value ?? 'VALUE'}` : '';
      return [
        `${option.short === undefined ? '' : `-${option.short}, `}--${name}${value}`,
        option.help,
      ] as const;
    }),
    ['-h, --help', 'show this help'] as const,
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: ${formatSynopsis(spec)}`,
    '',
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    '',
    'Options:',
    ...rows.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`),
    '',
  ].join('\n');
};
