import { relative } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { ExitCode } from './exit-codes.js';
import { type LoadedReport, loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { newestGeneration } from '../report/generations.js';
import { type Migration, migrateReport } from '../report/migrate-report.js';
import type { Report } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';
import { unifiedDiff } from '../report/unified-diff.js';
import { visibleText } from '../report/visible-text.js';

/** The mapping, what was kept aside and the checklist, as lines for the terminal. */
const describe = (migration: Migration): string => {
  const lines = migration.answers.map(
    (a) =>
      `Question ${a.from} -> question ${a.to} (prompts ${Math.round(a.similarity * 100)}% alike` +
      `${a.unsure ? ': unsure, check it' : ''})`,
  );
  for (const u of migration.unmatched) {
    lines.push(
      `Question ${u.from} ("${u.prompt}") has no question in the new template: its answer is kept in a comment ` +
        'above the first question.',
    );
  }
  lines.push(
    `Checklist: ${migration.ticks.carried} ticked item${migration.ticks.carried === 1 ? '' : 's'} carried.`,
  );
  for (const item of migration.ticks.unmatched) lines.push(`Ticked, but not in the new checklist: "${item}"`);
  return visibleText(lines.map((l) => `${l}\n`).join(''));
};

/**
 * `report-wizard migrate [PATH] --template FILE [--to 2026] [--dry-run]`: moves a report from an older template into
 * the student's copy of the newest one (the course's reports/README.md), showing the mapping and the diff.
 */
export const migrate: Command = async (args, io) => {
  const { values: given, positionals } = parseCommandArgs(commandSpecs.migrate, args);
  const path = reportArgument(commandSpecs.migrate, positionals, given.report);
  if (given.template === undefined)
    throw usageError(commandSpecs.migrate, 'Name the newest template with --template FILE');
  const values = {
    template: given.template,
    to: given.to ?? newestGeneration.id,
    'dry-run': given['dry-run'] === true,
  };
  const templateFile = await loadReport(io.fs, values.template, io.cwd);
  const template = parseReport(templateFile.text);
  if (template.generation !== values.to) {
    throw new ReportError(
      `${visibleText(values.template)} does not look like the ${values.to} template` +
        `${template.generation ? ` (it looks like ${template.generation})` : ''}: pass the course's newest reports/README.md.`,
    );
  }
  const migrated = (loaded: LoadedReport): { text: string; report: Report; migration: Migration } => {
    const report = parseReport(loaded.text);
    if (report.generation === values.to) {
      throw new ReportError(`${visibleText(loaded.path)} already uses the ${values.to} template.`);
    }
    const migration = migrateReport(report, template);
    if (migration.refused !== null) throw new ReportError(migration.refused);
    return { text: migration.text, report, migration };
  };
  const { loaded, migration } = values['dry-run']
    ? await loadReport(io.fs, path, io.cwd).then((loaded) => ({ ...migrated(loaded), loaded }))
    : await updateReport(io.fs, path, io.cwd, migrated);
  const shown = visibleText(relative(io.cwd, loaded.path) || loaded.path);
  io.stdout.write(describe(migration));
  io.stdout.write(visibleText(unifiedDiff(loaded.text, migration.text, shown)));
  io.stdout.write(
    values['dry-run']
      ? 'Dry run: nothing was written.\n'
      : `Moved ${shown} into the ${values.to} template.\n`,
  );
  return ExitCode.ok;
};
