import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from '../io/cli-io.js';
import { openUrl } from '../preview/open-url.js';
import { commandSpecs } from './command-specs.js';
import { ExitCode } from './exit-codes.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportArgument } from './report-argument.js';
import { writeJson } from './write-json.js';
import { decodeReport } from '../io/decode-report.js';
import { displayPath } from '../io/display-path.js';
import type { FileStat, FileSystem } from '../io/file-system.js';
import { loadReport } from '../io/load-report.js';
import { makeTempDir } from '../io/make-temp-dir.js';
import { removeOldTempDirs } from '../io/remove-old-temp-dirs.js';
import { ReportError } from '../io/report-error.js';
import type { Exec } from '../io/exec.js';
import { pythonCandidates } from '../parity/python-candidates.js';
import { pythonSearch } from '../parity/python-search.js';
import { renderGradedPage } from '../preview/render-graded-page.js';

const defaultExec: Exec = async (file, args, options) =>
  (await import('../parity/exec-with-execa.js')).execWithExeca(file, args, options);

/** An earlier preview: an .html file that starts with a tag (report.py html writes Python-Markdown's fragment). */
const looksLikePreview = async (fs: FileSystem, out: string, stat: FileStat): Promise<boolean> => {
  if (!/\.html?$/i.test(out) || !stat.isFile || stat.size > previewMaxBytes) return false;
  const text = decodeReport(await fs.readFile(out));
  return text !== null && /^\s*(<|$)/.test(text);
};

// A page of a report is some tens of KiB; a file far larger was never a preview, and is not read to find out.
const previewMaxBytes = 16 * 1024 * 1024;

/** Refuses `--out` onto the report itself, and onto another existing file that is no earlier preview without --force. */
const refuseOut = async (
  fs: FileSystem,
  shown: string,
  out: string,
  report: string,
  force: boolean,
): Promise<void> => {
  const stat = await fs.stat(out);
  if (stat === null) return;
  const real = async (path: string): Promise<string> => realpath(path).catch(() => path);
  if ((await real(out)) === (await real(report)))
    throw new ReportError(
      `--out ${shown} is the report itself: nothing was written. Name another file, such as report.html.`,
    );
  if (!force && !(await looksLikePreview(fs, out, stat)))
    throw new ReportError(
      `--out ${shown} exists and is not an earlier preview: nothing was written. Name another file, or add --force to replace it.`,
    );
};

/**
 * `report-wizard preview [PATH]`: the page graders get (`python report.py html`), made by the student's python and
 * markdown package, written to a temporary file (or `--out`) and its path printed (with `--json`, beside the report's
 * counts and lints).
 */
export const preview: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(commandSpecs.preview, args);
  const path = reportArgument(commandSpecs.preview, positionals, values.report);
  if (values.out === '') throw new ReportError('--out needs a file name.', ExitCode.usage);
  const loaded = await loadReport(io.fs, path, io.cwd);
  let out: string;
  if (values.out === undefined) {
    // The browser reads the page after we exit, so this one stays; those of earlier previews, a day old, go.
    await removeOldTempDirs('report-wizard-preview-', 24 * 60 * 60 * 1000);
    out = join(await makeTempDir('report-wizard-preview-'), 'report.html');
  } else {
    out = resolve(io.cwd, values.out);
    const folder = await io.fs.stat(dirname(out));
    if (folder?.isDirectory !== true)
      throw new ReportError(`${values.out}: no such directory to write into.`);
    await refuseOut(io.fs, values.out, out, loaded.path, values.force === true);
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
  if (values.json === true) {
    // What was written is the page; the report stays as it was (`written: false`), its counts and lints as check's.
    await writeJson(
      io,
      { shown: relative(io.cwd, loaded.path) || loaded.path, path: loaded.path },
      loaded.text,
      false,
      {
        page: out,
        python: run.python.command,
      },
    );
  } else {
    io.stdout.write(
      `The page graders get (report.py html, with ${run.python.command}): ${displayPath(io.cwd, out)}\n`,
    );
  }
  if (values.open && !(await openUrl(out, process.platform))) {
    // On stderr with --json, so that stdout stays one JSON value.
    (values.json === true ? io.stderr : io.stdout).write(
      'No browser could be started here: open the file above yourself.\n',
    );
  }
  return ExitCode.ok;
};
