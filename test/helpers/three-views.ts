import { runCli } from '../../src/cli/run-cli.js';
import { reportDoc } from '../../src/report/answer/report-doc.js';
import { headerSummary } from '../../src/report/answer/status-summary.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeIo } from './make-io.js';

/** Answered and passing questions as one view tells them (`passing` null when report.py refuses the report). */
export interface Figures {
  answered: number | null;
  passing: number | null;
}

/** What `status --json`, `check --json` and the wizard's header say about a report (`check` tells no answered). */
export const threeViews = async (
  text: string,
): Promise<{ status: Figures; check: Figures; wizard: Figures }> => {
  const { io, out, put } = makeIo();
  const path = put('README.md', text);
  await runCli(['status', path, '--json'], io);
  const status = JSON.parse(out.stdout) as { answered: number; passing: number | null };
  out.stdout = '';
  await runCli(['check', path, '--json'], io);
  const check = JSON.parse(out.stdout) as { passed: number | null };
  const header = headerSummary(reportDoc(text, new TextEncoder().encode(text)), {});
  const match = /^report\.py (?:(\d+)\/\d+ pass|stops) · (\d+)\/\d+ answered/.exec(header);
  if (match === null) throw new Error(`Unexpected header: ${header}`);
  return {
    status: { answered: status.answered, passing: status.passing },
    check: { answered: null, passing: check.passed },
    wizard: { answered: Number(match[2]), passing: match[1] === undefined ? null : Number(match[1]) },
  };
};

/** How many questions the parse finds: the denominator all three views share. */
export const questionCount = (text: string): number => parseReport(text).questions.length;
