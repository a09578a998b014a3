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
import { classCsvHeader, classCsvLine } from './class/format-class-csv.js';
import { classHtmlBody, classPageMarker, formatClassPage } from './class/format-class-html.js';
import { classTextCells, formatClassTable, needsLook } from './class/format-class-text.js';
import { deadlineOption } from './deadline-option.js';

// Each group is a handful of git processes: a few at once keep both cores busy without a fork storm.
const parallel = 4;

/**
 * A group's row as the command keeps it until the sort: the sort's keys and its text in each output asked for, so
 * memory holds a few strings per group, not the row's objects nor one text of the whole class.
 */
interface CompactRow {
  urgency: number;
  attention: number;
  /** Its place among the sources: ties keep that order. */
  index: number;
  /** Its element of the `--json` array, indented as `JSON.stringify(rows, null, 2)` indents it. */
  json?: string;
  csv?: string;
  cells?: string[];
  html?: [string, string];
}

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
  const json = values.json === true;
  const csv = !json && values.csv === true;
  const text = !json && !csv;
  const html = values.html !== undefined;
  /** What the asked outputs need of a row, made as soon as it is; the rows themselves are not kept. */
  const compact = (row: ClassRow, index: number): CompactRow => ({
    urgency: row.urgency,
    attention: row.attention.length,
    index,
    ...(json ? { json: terminalJson(JSON.stringify(row, null, 2)).replace(/\n/g, '\n  ') } : {}),
    ...(csv ? { csv: classCsvLine(row) } : {}),
    ...(text ? { cells: classTextCells(row) } : {}),
    ...(html ? { html: classHtmlBody(row) } : {}),
  });
  const rows: CompactRow[] = new Array<CompactRow>(entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      rows[i] = compact(await rowOf(entries[i]!, deadline, now), i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, entries.length) }, worker));
  const sorted = rows.sort((a, b) => b.urgency - a.urgency || b.attention - a.attention || a.index - b.index);
  if (values.html !== undefined) {
    await writePage(
      io.fs,
      io.cwd,
      values.html,
      formatClassPage(
        sorted.map((r) => r.html!),
        new Date(now * 1000).toISOString(),
      ),
      classPageMarker,
    );
    io.stderr.write(`Wrote ${visibleText(values.html)}.\n`);
  }
  // JSON and CSV are written a group at a time: each is its own text already, never joined into one.
  if (json) {
    if (sorted.length === 0) io.stdout.write('[]\n');
    else sorted.forEach((r, i) => io.stdout.write(`${i === 0 ? '[\n  ' : ',\n  '}${r.json!}`));
    if (sorted.length > 0) io.stdout.write('\n]\n');
  } else if (csv) {
    io.stdout.write(classCsvHeader);
    for (const r of sorted) io.stdout.write(r.csv!);
  } else
    io.stdout.write(
      formatClassTable(
        sorted.map((r) => r.cells!),
        sorted.filter((r) => needsLook(r.urgency)).length,
      ),
    );
  return ExitCode.ok;
};
