import { dirname, join, resolve } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { openUrl } from '../preview/open-url.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { displayPath } from '../io/display-path.js';
import { loadReport } from '../io/load-report.js';
import { makeTempDir } from '../io/make-temp-dir.js';
import { ReportError } from '../io/report-error.js';
import type { Exec } from '../parity/exec.js';
import { pythonCandidates } from '../parity/python-candidates.js';
import { pythonSearch } from '../parity/python-search.js';
import { renderGradedPage } from '../preview/render-graded-page.js';

const defaultExec: Exec = async (file, args, options) =>
  (await import('../parity/exec-with-execa.js')).execWithExeca(file, args, options);

/** Opens a file in the desktop's browser, without waiting for it. */

/**
 * `report-wizard preview [PATH]`: the page graders get (`python report.py html`), made by the student's python and
 * markdown package, written to a temporary file (or `--out`) and its path printed.
 */
export const preview: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.preview, args);
  const path = reportArgument(commandSpecs.preview, positionals, values.report);
  if (values.out === '') throw new ReportError('--out needs a file name.', ExitCode.usage);
  const loaded = await loadReport(io.fs, path, io.cwd);
  let out: string;
  if (values.out === undefined) {
    out = join(await makeTempDir('report-wizard-preview-'), 'report.html');
  } else {
    out = resolve(io.cwd, values.out);
    const folder = await io.fs.stat(dirname(out));
    if (folder?.isDirectory !== true)
      throw new ReportError(`${values.out}: no such directory to write into.`);
  }
  const candidates = await pythonCandidates(
    pythonSearch(io.fs, {
      env: io.env,
      reportDir: dirname(loaded.path),
      ...(values.python === undefined ? {} : { python: values.python }),
    }),
  );
  const run = await renderGradedPage({
    reportPath: loaded.path,
    outPath: out,
    candidates,
    cwd: dirname(loaded.path),
    env: io.env,
    exec: defaultExec,
  });
  if (run.kind === 'no-python') {
    throw new ReportError(
      `No python found (tried ${run.tried.map((p) => p.command).join(', ')}): install Python 3, then ` +
        '"python3 -m pip install markdown", or name one with --python.',
    );
  }
  if (run.kind === 'no-markdown') {
    throw new ReportError(
      `${run.python.command} (from ${run.python.source}) has no markdown package, which report.py html needs: ` +
        `${run.python.command} -m pip install markdown`,
    );
  }
  if (run.kind === 'failed') {
    throw new ReportError(`${run.python.command} could not render the report: ${run.message}`);
  }
  io.stdout.write(
    `The page graders get (report.py html, with ${run.python.command}): ${displayPath(io.cwd, out)}\n`,
  );
  if (values.open && !(await openUrl(out, process.platform))) {
    io.stdout.write('No browser could be started here: open the file above yourself.\n');
  }
  return ExitCode.ok;
};
