/** One "Question N failed check" line of report.py. */
export interface CheckerFailure {
  /** 1-based answer position (already shifted for the versions that count from 0). */
  number: number;
  kind: 'words' | 'images';
  min: number;
  max: number;
  got: number;
}

/** What report.py's `check` printed, read back into values. */
export interface CheckerOutput {
  /** The exception that ended the run (`ValueError: …`), or null. */
  fatal: string | null;
  /** The function the exception was raised in (`check`, `<module>`, …), or null when no frame was printed. */
  fatalIn: string | null;
  /** From `Total number of questions passed: X/Y` (newest versions only). */
  passed: number | null;
  total: number | null;
  failures: CheckerFailure[];
  /** Non-empty lines that are none of the above, for telling the student what could not be read. */
  unrecognised: string[];
}

/** How to read one report.py version's output. */
export interface ParseCheckerOptions {
  /** The 2022-12-29 and 2023-01-06 versions say "Question 0" for the first answer. */
  numbersFromZero?: boolean;
}

// eslint-disable-next-line no-control-regex -- ANSI escapes are exactly what this strips
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;
const failureLine =
  /Question (\d+) failed check\. Expected number of (words|screenshots) to be between (\d+) and (\d+) but got (\d+)/;
const totalLine = /Total number of questions passed: (\d+)\/(\d+)/;
const exceptionLine = /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)(?:: .*)?$/;
const plainFrame = /^\s*File "[^"]*", line \d+, in (.+)$/;
// rich (installed alongside typer) draws frames as `│ /path/report.py:165 in check │`.
const richFrame = /^\u2502 \S.*:\d+ in (\S+)\s*\u2502$/;
const boxLine = /^[\u2502\u256d\u2570]/;

const toFailure = (m: RegExpExecArray, shift: number): CheckerFailure => ({
  number: Number(m[1]) + shift,
  kind: m[2] === 'words' ? 'words' : 'images',
  min: Number(m[3]),
  max: Number(m[4]),
  got: Number(m[5]),
});

/** The exception line after a traceback; rich wraps long messages, so following lines are joined back. */
const readException = (lines: string[], from: number): { fatal: string; end: number } | null => {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!exceptionLine.test(line)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.trim() !== '' && !exceptionLine.test(lines[end]!)) end++;
    const fatal = lines.slice(i, end).join(' ').replace(/\s+/g, ' ').trim();
    return { fatal, end };
  }
  return null;
};

/** Reads report.py's log (stderr then stdout): failures, the total line, or the traceback that ended it. */
export const parseCheckerOutput = (output: string, options: ParseCheckerOptions = {}): CheckerOutput => {
  const shift = options.numbersFromZero ? 1 : 0;
  const lines = output.replace(ansi, '').split(/\r\n|\r|\n/);
  const result: CheckerOutput = {
    fatal: null,
    fatalIn: null,
    passed: null,
    total: null,
    failures: [],
    unrecognised: [],
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const failure = failureLine.exec(line);
    const total = totalLine.exec(line);
    if (failure) result.failures.push(toFailure(failure, shift));
    else if (total) [result.passed, result.total] = [Number(total[1]), Number(total[2])];
    else if (/Traceback \(most recent call last\)/.test(line)) {
      let j = i + 1;
      for (
        ;
        j < lines.length && (plainFrame.test(lines[j]!) || /^\s/.test(lines[j]!) || boxLine.test(lines[j]!));
        j++
      ) {
        const frame = plainFrame.exec(lines[j]!) ?? richFrame.exec(lines[j]!);
        if (frame) result.fatalIn = frame[1]!;
      }
      const exception = readException(lines, j);
      if (exception) result.fatal = exception.fatal;
      i = (exception?.end ?? j) - 1;
    } else if (line.trim() !== '' && line.trim() !== 'warnings.warn(') result.unrecognised.push(line);
  }
  return result;
};
