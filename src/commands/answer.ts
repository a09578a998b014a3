import { questionByNumber } from '../report/answer/question-by-number.js';
import { resolve } from 'node:path';
import type { Command } from '../cli/cli-io.js';
import { commandSpecs } from '../cli/command-specs.js';
import { ExitCode } from '../cli/exit-codes.js';
import { parseCommandArgs, usageError } from '../cli/parse-command-args.js';
import { reportArgument } from '../cli/report-argument.js';
import type { FileStat } from '../io/file-system.js';
import { ReportError } from '../io/report-error.js';
import { updateReport } from '../io/update-report.js';
import { answerHazards } from '../report/answer-hazards.js';
import { wholeAnswer } from '../report/answer/whole-answer.js';
import { countAsWritten } from '../report/count-as-written.js';
import { countWords } from '../report/count-words.js';
import { decodeAnswerText } from '../report/decode-answer-text.js';
import { describeConstraint } from '../report/describe-constraint.js';
import { parseReport } from '../report/parse-report.js';
import { plural } from '../report/plural.js';
import { setAnswer } from '../report/set-answer.js';
import { visibleText } from '../report/visible-text.js';
import { readStdin } from './read-stdin.js';

/** The most an answer may hold, read from a file or standard input (the longest real answers are a few kB). */
const maxAnswerBytes = 1024 * 1024;

const notRegular: Record<Exclude<FileStat['kind'], 'file'>, string> = {
  directory: 'a directory',
  fifo: 'a FIFO',
  device: 'a device',
  socket: 'a socket',
  loop: 'a symlink loop',
  other: 'not a regular file',
};

const decode = (bytes: Uint8Array, source: string): string => {
  const text = decodeAnswerText(bytes);
  if (text === null)
    throw new ReportError(`${source} is not valid UTF-8: save it as UTF-8; nothing was written.`);
  return text;
};

/** Reads `--file F` through the injected file system: a regular file of at most `maxAnswerBytes`, never a FIFO. */
const readAnswerFile = async (arg: string, io: Parameters<Command>[1]): Promise<string> => {
  const path = resolve(io.cwd, arg);
  const file = visibleText(arg);
  const stat = await io.fs.stat(path);
  if (stat === null) throw new ReportError(`${file}: no such answer file.`);
  // Refused before any read: a FIFO would block and a device (/dev/zero) never end.
  if (stat.kind !== 'file') {
    throw new ReportError(
      `${file} is ${notRegular[stat.kind]}: --file reads only a regular file (or use - for standard input).`,
    );
  }
  const tooLarge = `${file} is larger than 1 MiB: an answer file may hold at most 1 MiB; nothing was written.`;
  if (stat.size > maxAnswerBytes) throw new ReportError(tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = await io.fs.readFile(path);
  } catch (error) {
    throw new ReportError(
      `${file}: cannot read the answer file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  // It may have grown since stat.
  if (bytes.length > maxAnswerBytes) throw new ReportError(tooLarge);
  return decode(bytes, file);
};

const readNewAnswer = async (
  values: { text?: string; file?: string },
  stdinDash: boolean,
  io: Parameters<Command>[1],
): Promise<string> => {
  const sources = [values.text !== undefined, values.file !== undefined, stdinDash].filter(Boolean).length;
  if (sources !== 1)
    throw new ReportError('Give the answer exactly once: --text TEXT, --file F, or - for standard input.');
  if (values.text !== undefined) return values.text;
  if (values.file !== undefined) return readAnswerFile(values.file, io);
  const bytes = await readStdin(io.stdin, maxAnswerBytes);
  if (bytes === null) {
    throw new ReportError(
      'Standard input holds more than 1 MiB: an answer may hold at most 1 MiB; nothing was written.',
    );
  }
  return decode(bytes, 'Standard input');
};

/**
 * `report-wizard answer N [PATH] (--text TEXT | --file F | -) [--allow-empty] [--force]`: sets question N's answer,
 * refusing empty text over an answer, text that is not UTF-8, and text report.py would misread.
 */
export const answer: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.answer, args);
  const [numberArg, ...others] = positionals;
  const extras = others.filter((arg) => arg !== '-');
  const stdinDash = others.length - extras.length === 1;
  if (numberArg === undefined || !/^\d+$/.test(numberArg) || others.length - extras.length > 1) {
    throw usageError(commandSpecs.answer, 'Give the question number first, and - at most once');
  }
  // Only a PATH can follow N, so it needs no guessing: one that names nothing is reported as a missing file.
  const path = reportArgument(commandSpecs.answer, extras, values.report);
  const number = Number(numberArg);
  const text = await readNewAnswer(values, stdinDash, io);
  // Read, checked, changed and written under the report's lock: parallel writers take turns.
  const edited = await updateReport(io.fs, path, io.cwd, (loaded) => {
    const report = parseReport(loaded.text);
    const question = questionByNumber(report, number);
    if (!question) throw new ReportError(`The report has no "### Question ${number}" heading.`);
    if (question.answerMarker === null) {
      throw new ReportError(
        `Question ${number} has no "Answer:" line: add "> Answer:" below its prompt first.`,
      );
    }
    // The whole answer, sub-headings and all: that is what the new text replaces.
    const written = countWords(wholeAnswer(report, question));
    if (countWords(text) === 0 && written > 0 && values['allow-empty'] !== true) {
      throw new ReportError(
        `The new text is empty and question ${number} has ${plural(written, 'word')}: nothing was written. ` +
          'Pass --allow-empty to clear the answer.',
      );
    }
    const hazards = values.force === true ? [] : answerHazards(report, number, text);
    if (hazards.length > 0) {
      throw new ReportError(`${hazards.join(' ')} Nothing was written; pass --force to write it anyway.`);
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
