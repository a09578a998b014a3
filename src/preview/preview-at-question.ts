import { pathToFileURL } from 'node:url';
import type { PythonCandidate } from '../parity/python-candidates.js';
import type { GradedPageRun } from './render-graded-page.js';

/** What previewing the graded page from the wizard needs, passed in so tests run it without python or a browser. */
export interface PreviewAtQuestionOptions {
  /** A new temporary file to write the page to (never inside the repository). */
  tempFile: () => Promise<string>;
  /** `renderGradedPage` with the student's python, writing to the given file. */
  render: (outPath: string) => Promise<GradedPageRun>;
  /** Hands a URL to the desktop's browser, without waiting for it; false when there is nothing to open it with. */
  open: (url: string) => Promise<boolean>;
}

/**
 * The graded page's address scrolled to a question: Python-Markdown gives headings no ids, so a text fragment
 * (`#:~:text=`) finds the heading's words instead, which browsers that know them scroll to and others ignore.
 */
export const questionUrl = (file: string, question: number): string =>
  `${pathToFileURL(file).href}#:~:text=${encodeURIComponent(`Question ${question}`)}`;

const tried = (candidates: PythonCandidate[]): string => candidates.map((p) => p.command).join(', ');

/**
 * Writes the page graders get (`python report.py html`) to a temporary file and opens it at `question`; resolves
 * with the one line the wizard shows: where the page is, or why it could not be made and the command that fixes it.
 */
export const previewAtQuestion = async (
  question: number,
  options: PreviewAtQuestionOptions,
): Promise<string> => {
  const out = await options.tempFile();
  const run = await options.render(out);
  switch (run.kind) {
    case 'no-python':
      return `No python found (tried ${tried(run.tried)}): install Python 3, then "python3 -m pip install markdown".`;
    case 'no-markdown':
      return `${run.python.command} has no markdown package, which report.py html needs: ${run.python.command} -m pip install markdown`;
    case 'failed':
      return `${run.python.command} could not render the report: ${run.message}`;
    case 'written':
      return (await options.open(questionUrl(out, question)))
        ? `Opened the graded page at question ${question} in your browser: ${out}`
        : `Wrote the graded page to ${out}; no browser could be started here, so open it yourself.`;
  }
};
