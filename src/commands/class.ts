import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { HandinError, handinFacts } from '../git/handin/handin-facts.js';
import { writePage } from '../io/write-page.js';
import { courseDeadlines } from '../report/handin/course-deadline.js';
import { terminalJson } from '../report/terminal-json.js';
import { visibleText } from '../report/visible-text.js';
import { type ClassRow, classRow, problemRow } from './class/class-row.js';
import { type ClassEntry, classSources } from './class/class-sources.js';
import { formatClassCsv } from './class/format-class-csv.js';
import { classPageMarker, formatClassHtml } from './class/format-class-html.js';
import { formatClassText } from './class/format-class-text.js';
import { deadlineOption } from './deadline-option.js';

// Each group is a handful of git processes: a few at once keep both cores busy without a fork storm.
const parallel = 4;

const rowOf = async (
  entry: ClassEntry,
  deadline: { time: number; iso: string } | undefined,
  now: number,
): Promise<ClassRow> => {
  if (entry.missing !== null) return problemRow(entry, entry.missing);
  try {
    const facts = await handinFacts({
      dir: entry.folder,
      now,
      ...(deadline === undefined ? {} : { deadline }),
    });
    if (
      !facts.bare &&
      facts.root !== null &&
      facts.root !== entry.folder &&
      !entry.folder.startsWith(`${facts.root}/`)
    )
      return problemRow(entry, `${entry.folder} is not a git clone.`);
    return classRow(entry, facts);
  } catch (error) {
    if (!(error instanceof HandinError)) throw error;
    return problemRow(
      entry,
      /not inside a git repository/.test(error.message)
        ? `${entry.folder} is not a git clone.`
        : error.message,
    );
  }
};

/** `report-wizard class SOURCE... [--clones DIR] [--at ISO | --year YEAR] [--html FILE] [--csv | --json]`. */
export const classCommand: Command = async (args, io) => {
  const spec = commandSpecs.class;
  const { values, positionals } = parseCommandArgs(spec, args);
  if (positionals.length === 0) throw usageError(spec, 'Give a folder of clones or a roster CSV');
  let deadline = deadlineOption(spec, 'at', values.at);
  if (values.year !== undefined) {
    const year = courseDeadlines.find((d) => String(d.year) === values.year)!;
    deadline = { time: year.time, iso: year.iso };
  }
  const entries = await classSources(io.fs, io.cwd, positionals, values.clones);
  const now = Date.now() / 1000;
  const rows: ClassRow[] = new Array<ClassRow>(entries.length);
  let next = 0;
  // Only each group's row is kept (no report text), so memory does not grow with the reports read.
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      rows[i] = await rowOf(entries[i]!, deadline, now);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, entries.length) }, worker));
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) => b.row.urgency - a.row.urgency || b.row.attention.length - a.row.attention.length || a.i - b.i,
    )
    .map(({ row }) => row);
  if (values.html !== undefined) {
    await writePage(
      io.fs,
      io.cwd,
      values.html,
      formatClassHtml(sorted, new Date(now * 1000).toISOString()),
      classPageMarker,
    );
    io.stderr.write(`Wrote ${visibleText(values.html)}.\n`);
  }
  if (values.json === true) io.stdout.write(`${terminalJson(JSON.stringify(sorted, null, 2))}\n`);
  else if (values.csv === true) io.stdout.write(formatClassCsv(sorted));
  else io.stdout.write(formatClassText(sorted));
  return ExitCode.ok;
};
