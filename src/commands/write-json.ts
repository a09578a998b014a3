import type { CliIo } from '../io/cli-io.js';
import { questionJson } from './question-json.js';
import { imageExistsNear } from '../io/image-exists-near.js';
import { lintReport } from '../report/lint-report.js';
import { lintContext } from '../report/lints/lint-context.js';
import { parseReport } from '../report/parse-report.js';
import { checkJsonText } from './format-check-json.js';

/**
 * Prints a write command's `--json`: the file, whether it was written, what the command changed (`changes`), then
 * report.py's figures and the lints of the text as it now is (or would be, in a dry run), as `check --json` gives them.
 */
export const writeJson = async (
  io: CliIo,
  file: { shown: string; path: string },
  text: string,
  written: boolean,
  changes: Record<string, unknown>,
): Promise<void> => {
  const report = parseReport(text);
  const context = lintContext(report, { imageExists: await imageExistsNear(io.fs, file.path, text) });
  const { fatal, passed, total, questions } = context.check;
  const value = {
    file: file.shown,
    written,
    ...changes,
    fatal,
    passed,
    total,
    questions: questions.map((q) => ({ ...questionJson(q), constraint: q.constraint })),
    lints: lintReport(report, {}, context),
  };
  io.stdout.write(`${checkJsonText(value, false)}\n`);
};
