import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../cli/cli-io.js';
import { ExitCode } from '../cli/exit-codes.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { countAsWritten } from '../report/count-as-written.js';
import { describeConstraint } from '../report/describe-constraint.js';
import { parseReport } from '../report/parse-report.js';
import { setAnswer } from '../report/set-answer.js';
import { readStdin } from './read-stdin.js';
import { splitPathArgument } from './split-path-argument.js';

const readNewAnswer = async (
  values: { text?: string; file?: string },
  stdinDash: boolean,
  io: Parameters<Command>[1],
): Promise<string> => {
  const sources = [values.text !== undefined, values.file !== undefined, stdinDash].filter(Boolean).length;
  if (sources !== 1)
    throw new ReportError('Give the answer exactly once: --text TEXT, --file F, or - for standard input.');
  if (values.text !== undefined) return values.text;
  if (values.file !== undefined) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(resolve(io.cwd, values.file)));
    } catch (error) {
      throw new ReportError(
        `${values.file}: cannot read the answer file (${(error as NodeJS.ErrnoException).code ?? 'not UTF-8'}).`,
      );
    }
  }
  return readStdin(io.stdin);
};

/** `report-wizard answer N [PATH] (--text TEXT | --file F | -)`: sets question N's answer. */
export const answer: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { text: { type: 'string' }, file: { type: 'string' } },
  });
  const split = await splitPathArgument(io.fs, io.cwd, positionals, 1);
  const [numberArg, ...others] = split.rest;
  const extras = others.filter((arg) => arg !== '-');
  const stdinDash = others.length - extras.length === 1;
  // Only a PATH can follow N: one that names nothing is a typo to report as such, not a usage error.
  const path = split.path ?? (extras.length === 1 ? extras[0] : undefined);
  if (
    numberArg === undefined ||
    !/^\d+$/.test(numberArg) ||
    others.length - extras.length > 1 ||
    extras.length > (split.path === undefined ? 1 : 0)
  ) {
    throw new ReportError('Usage: report-wizard answer N [PATH] (--text TEXT | --file F | -)');
  }
  const number = Number(numberArg);
  const text = await readNewAnswer(values, stdinDash, io);
  // Read, changed and written under the report's lock: parallel writers take turns.
  const edited = await updateReport(io.fs, path, io.cwd, (loaded) => {
    const report = parseReport(loaded.text);
    const question = report.questions.find((q) => q.number === number);
    if (!question) throw new ReportError(`The report has no "### Question ${number}" heading.`);
    if (question.answerMarker === null) {
      throw new ReportError(
        `Question ${number} has no "Answer:" line: add "> Answer:" below its prompt first.`,
      );
    }
    return { report, text: setAnswer(report, number, text) };
  });
  const { loaded, report, text: next } = edited;
  const counted = countAsWritten(report, number, text);
  const target = describeConstraint(counted?.constraint ?? null);
  io.stdout.write(
    next === loaded.text
      ? `Question ${number} already has that answer; nothing written.\n`
      : `Question ${number} written: ${counted ? `${counted.words} words, ${counted.images} images · target ${target} · ${counted.passed ? 'passes' : 'fails'}` : 'report.py refuses the report'}.\n`,
  );
  return ExitCode.ok;
};
