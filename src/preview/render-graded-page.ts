import type { Exec } from '../io/exec.js';
import type { PythonCandidate } from '../parity/python-candidates.js';

/**
 * report.py's `html` command, line for line (read with `Path.open()`, cut the first 43 characters, Python-Markdown
 * with no extensions, write with `open(..., "w")`), reading and writing the paths given instead of ./README.md and
 * ./report.html. Exit 3 says the markdown package is missing.
 */
const script = `import sys
from pathlib import Path
try:
    import markdown
except ImportError:
    sys.exit(3)
with Path(sys.argv[1]).open() as file:
    text = file.read()
text = text[43:]
html = markdown.markdown(text)
with open(sys.argv[2], "w") as newfile:
    newfile.write(html)
`;

/** How rendering the graded page went. */
export type GradedPageRun =
  | { kind: 'written'; python: PythonCandidate }
  | { kind: 'no-python'; tried: PythonCandidate[] }
  | { kind: 'no-markdown'; python: PythonCandidate }
  | { kind: 'failed'; python: PythonCandidate; message: string };

/** Writes the page graders get for `reportPath` to `outPath` with the first of `candidates` that exists. */
export const renderGradedPage = async (options: {
  reportPath: string;
  outPath: string;
  candidates: PythonCandidate[];
  cwd: string;
  env: Record<string, string | undefined>;
  exec: Exec;
}): Promise<GradedPageRun> => {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.env)) if (value !== undefined) env[name] = value;
  env.PYTHONDONTWRITEBYTECODE = '1';
  const tried: PythonCandidate[] = [];
  for (const python of options.candidates) {
    const outcome = await options.exec(python.command, ['-c', script, options.reportPath, options.outPath], {
      cwd: options.cwd,
      env,
      timeout: 60_000,
    });
    tried.push(python);
    // As in runChecker: ENOENT no such program; 127 a shim found none; 9009 Windows' Store alias.
    const notThere = outcome.exitCode === 127 || outcome.exitCode === 9009;
    if (outcome.code === 'ENOENT' || (notThere && !outcome.stderr.includes('Traceback'))) continue;
    if (outcome.exitCode === 0) return { kind: 'written', python };
    if (outcome.exitCode === 3) return { kind: 'no-markdown', python };
    const last = outcome.stderr.trim().split('\n').at(-1)?.trim();
    return { kind: 'failed', python, message: last || outcome.shortMessage || 'it did not run' };
  }
  return { kind: 'no-python', tried };
};
