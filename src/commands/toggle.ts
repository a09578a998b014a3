import { relative } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { findItems } from '../report/find-items.js';
import { parseReport } from '../report/parse-report.js';
import { setChecked } from '../report/set-checked.js';
import { visibleText } from '../report/visible-text.js';
import { splitPathArgument } from './split-path-argument.js';
import { writeJson } from './write-json.js';

/** `report-wizard toggle ITEM... [PATH] [--on|--off]`: checks, unchecks or flips checklist items. */
export const toggle: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.toggle, args);
  if (values.on === true && values.off === true) throw new ReportError('Use --on or --off, not both.');
  // With --report every argument is an ITEM; without it the last one may be the PATH (see splitPathArgument).
  const { rest: queries, path } =
    values.report === undefined
      ? await splitPathArgument(io.fs, io.cwd, positionals, 1)
      : { rest: positionals, path: values.report };
  if (queries.length === 0) throw usageError(commandSpecs.toggle, 'Name at least one ITEM');
  // Read, changed and written under the report's lock: parallel writers take turns.
  const { report, chosen, loaded, text } = await updateReport(io.fs, path, io.cwd, (loaded) => {
    let report = parseReport(loaded.text);
    if (report.items.length === 0) throw new ReportError(`${loaded.path} has no checklist.`);
    const chosen = new Map<number, boolean>();
    for (const query of queries) {
      const match = findItems(report.items, query);
      if (match.error !== null) throw new ReportError(match.error);
      for (const item of match.items)
        chosen.set(item.index, values.on === true ? true : values.off === true ? false : !item.checked);
    }
    let text = loaded.text;
    for (const [index, checked] of chosen) {
      text = setChecked(report, index, checked);
      report = parseReport(text);
    }
    return { text, report, chosen, loaded };
  });
  if (values.json === true) {
    await writeJson(
      io,
      { shown: relative(io.cwd, loaded.path) || loaded.path, path: loaded.path },
      text,
      true,
      {
        items: [...chosen].map(([index, checked]) => ({
          index,
          checked,
          text: report.items.find((i) => i.index === index)!.text,
        })),
        checked: report.items.filter((i) => i.checked).length,
        itemCount: report.items.length,
      },
    );
    return ExitCode.ok;
  }
  for (const [index, checked] of chosen) {
    const item = report.items.find((i) => i.index === index)!;
    io.stdout.write(`[${checked ? 'x' : ' '}] ${index}. ${visibleText(item.text)}\n`);
  }
  return ExitCode.ok;
};
