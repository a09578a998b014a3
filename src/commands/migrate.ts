import { relative } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { ExitCode } from './exit-codes.js';
import { type FetchText, fetchText } from '../io/fetch-text.js';
import { type LoadedReport, loadReport } from '../io/load-report.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { newestGeneration } from '../report/generations.js';
import { type Migration, migrateReport } from '../report/migrate-report.js';
import type { GenerationId, Report } from '../report/model.js';
import { parseReport } from '../report/parse-report.js';
import { templateProblem } from '../report/template-problem.js';
import { unifiedDiff } from '../report/unified-diff.js';
import { visibleText } from '../report/visible-text.js';
import { writeJson } from './write-json.js';

/** The course's newest template, as GitHub serves the raw file. */
export const templateUrl = 'https://raw.githubusercontent.com/SkafteNicki/dtu_mlops/main/reports/README.md';
/** No template comes near this; a larger download is something else. */
const maxTemplateBytes = 1024 * 1024;
const defaultTimeoutSeconds = 20;

/** Sorted numbers as runs: `1-21, 23`. */
const ranges = (numbers: number[]): string => {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
};

/** The mapping, what was kept aside and the checklist, as lines for the terminal. */
const describe = (migration: Migration): string => {
  const inPlace = migration.answers.filter((a) => a.by === 'identity' && a.from === a.to).map((a) => a.to);
  const lines =
    inPlace.length === 0
      ? []
      : [`Question${inPlace.length === 1 ? '' : 's'} ${ranges(inPlace)}: each to the same question.`];
  for (const a of migration.answers) {
    if (a.by === 'identity' && a.from !== a.to)
      lines.push(`Question ${a.from} -> question ${a.to} (the same question, renumbered)`);
    if (a.by === 'prompt') {
      lines.push(
        `Question ${a.from} -> question ${a.to} (prompts ${Math.round(a.similarity * 100)}% alike` +
          `${a.unsure ? ': unsure, check it' : ''})`,
      );
    }
  }
  for (const u of migration.unmatched) {
    lines.push(
      `Question ${u.from} ("${u.prompt}") has no question in the new template: its answer is kept in a comment ` +
        'above the first question.',
    );
  }
  const n = migration.keptComments.length;
  if (n > 0) {
    lines.push(
      `${n} HTML comment${n === 1 ? '' : 's'} from outside the answers ${n === 1 ? 'is' : 'are'} kept above the ` +
        'first question.',
    );
  }
  lines.push(
    `Checklist: ${migration.ticks.carried} ticked item${migration.ticks.carried === 1 ? '' : 's'} carried.`,
  );
  for (const item of migration.ticks.unmatched) lines.push(`Ticked, but not in the new checklist: "${item}"`);
  return visibleText(lines.map((l) => `${l}\n`).join(''));
};

/**
 * `report-wizard migrate [PATH] (--template FILE | --fetch) [--to 2026] [--dry-run] [--json]`: moves a report from an
 * older template into the newest one (the student's copy of the course's reports/README.md, or one downloaded with
 * `fetch`), showing the mapping and the diff (or with `--json` the mapping, counts after and lints), and writes it
 * under the report's lock.
 */
export const createMigrate =
  (fetch: FetchText = fetchText): Command =>
  async (args, io) => {
    const spec = commandSpecs.migrate;
    const { values: given, positionals } = parseCommandArgs(spec, args);
    const path = reportArgument(spec, positionals, given.report);
    if (given.template !== undefined && given.fetch === true)
      throw usageError(spec, 'Give either --template FILE or --fetch, not both');
    if (given.template === undefined && given.fetch !== true) {
      throw usageError(
        spec,
        "Name the newest template with --template FILE (the course's reports/README.md, " +
          `${templateUrl}), or download it with --fetch`,
      );
    }
    if (given.fetch !== true && (given.url !== undefined || given.timeout !== undefined))
      throw usageError(spec, '--url and --timeout go with --fetch');
    const timeoutSeconds = given.timeout === undefined ? defaultTimeoutSeconds : Number(given.timeout);
    if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0))
      throw usageError(spec, `--timeout needs a number of seconds above 0, not "${given.timeout}"`);
    const to = (given.to ?? newestGeneration.id) as GenerationId;
    const dryRun = given['dry-run'] === true;

    let template: Report;
    let source = given.template ?? '';
    if (given.template !== undefined) {
      const templateFile = await loadReport(io.fs, given.template, io.cwd);
      template = parseReport(templateFile.text);
      const problem = templateProblem(template, to);
      if (problem !== null) throw new ReportError(`${visibleText(given.template)}: ${problem}`);
    } else {
      // The report first: no download (nor a wait on the network) for a folder without one, or for a report already
      // in the template.
      const current = await loadReport(io.fs, path, io.cwd);
      if (parseReport(current.text).generation === to)
        throw new ReportError(`${visibleText(current.path)} already uses the ${to} template.`);
      const url = given.url ?? (io.env.REPORT_WIZARD_TEMPLATE_URL || templateUrl);
      let text: string;
      try {
        text = await fetch(url, { timeoutMs: timeoutSeconds * 1000, maxBytes: maxTemplateBytes });
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        throw new ReportError(
          `${error.message}. Download the course's reports/README.md yourself and pass it with --template FILE.`,
        );
      }
      template = parseReport(text);
      const problem = templateProblem(template, to);
      if (problem !== null) throw new ReportError(`The file downloaded from ${url}: ${problem}`);
      if (given.json !== true) io.stdout.write(visibleText(`Downloaded the ${to} template from ${url}.\n`));
      source = url;
    }

    const migrated = (loaded: LoadedReport): { text: string; report: Report; migration: Migration } => {
      const report = parseReport(loaded.text);
      if (report.generation === to) {
        throw new ReportError(`${visibleText(loaded.path)} already uses the ${to} template.`);
      }
      const migration = migrateReport(report, template);
      if (migration.refused !== null) throw new ReportError(migration.refused);
      return { text: migration.text, report, migration };
    };
    const { loaded, migration } = dryRun
      ? await loadReport(io.fs, path, io.cwd).then((loaded) => ({ ...migrated(loaded), loaded }))
      : await updateReport(io.fs, path, io.cwd, migrated);
    const shown = visibleText(relative(io.cwd, loaded.path) || loaded.path);
    if (given.json === true) {
      await writeJson(
        io,
        { shown: relative(io.cwd, loaded.path) || loaded.path, path: loaded.path },
        migration.text,
        !dryRun,
        {
          template: source,
          to,
          answers: migration.answers,
          unmatched: migration.unmatched.map(({ from, prompt }) => ({ from, prompt })),
          ticks: migration.ticks,
          keptComments: migration.keptComments.length,
        },
      );
      return ExitCode.ok;
    }
    io.stdout.write(describe(migration));
    io.stdout.write(visibleText(unifiedDiff(loaded.text, migration.text, shown)));
    io.stdout.write(dryRun ? 'Dry run: nothing was written.\n' : `Moved ${shown} into the ${to} template.\n`);
    return ExitCode.ok;
  };

/** `report-wizard migrate`, downloading with Node's http client. */
export const migrate: Command = createMigrate();
