import type { CheckerFailure } from './parse-checker-output.js';
import { visibleText } from '../report/visible-text.js';
import type { ParityComparison, ParityVerdict } from './compare-results.js';
import { parityOutcome, parityVerdict } from './parity-verdict.js';

/** Everything a parity run found, as shown to the student and printed by `--json`. */
export interface ParityReport {
  /** The report as the student named it. */
  report: string;
  /** The python command report.py ran with. */
  python: string;
  /** The upstream report.py version of the student's copy, or null when it matches none. */
  checker: string | null;
  sha256: string;
  matchedAfterLf: boolean;
  /** The report.py staff grade with today. */
  newest: string;
  /** The version report-wizard checked as. */
  comparedWith: string;
  /** What grading with the newest report.py changes for this copy, one line each. */
  changes: string[];
  comparison: ParityComparison;
}

const red = (s: string): string => `\u001b[31m${s}\u001b[39m`;
const failure = (f: CheckerFailure): string => `${f.got} ${f.kind} (${f.min}–${f.max})`;
const cell = (v: ParityVerdict | null): string =>
  v === null ? '—' : v.passed ? 'pass' : `FAIL ${v.failures.map(failure).join(', ')}`;

const versionLines = (r: ParityReport): string[] => {
  const lf = r.matchedAfterLf ? ' (CRLF line endings)' : '';
  if (r.checker === null) {
    return [
      `report.py: not a known upstream version (sha256 ${r.sha256.slice(0, 12)}…), a changed copy, or newer than report-wizard knows; report-wizard checks as the newest it knows, ${r.newest}.`,
    ];
  }
  if (r.checker === r.newest) return [`report.py: ${r.checker}${lf}, the version graded today.`];
  const head = `report.py: ${r.checker}${lf}, older than the version graded today (${r.newest}); report-wizard checks as your version.`;
  if (r.changes.length === 0) return [head, 'Grading today uses the same limits.'];
  return [head, 'Grading today changes:', ...r.changes.map((c) => `  ${c}`)];
};

const tableLines = (c: ParityComparison, color: boolean): string[] => {
  if (c.rows.length === 0) return [];
  const width = Math.max('report.py'.length, ...c.rows.map((r) => cell(r.python).length));
  const numberWidth = String(c.rows.length).length + 1;
  const line = (mark: string, q: string, py: string, wiz: string): string =>
    `${mark} ${q.padStart(numberWidth)}  ${py.padEnd(width)}  ${wiz}`.trimEnd();
  return [
    '',
    line(' ', 'Q', 'report.py', 'report-wizard'),
    ...c.rows.map((r) => {
      const text = line(r.agree ? ' ' : '≠', String(r.number), cell(r.python), cell(r.wizard));
      return r.agree || !color ? text : red(text);
    }),
  ];
};

const verdictLines = (c: ParityComparison, color: boolean): string[] => {
  const totals = [`report.py:     ${parityOutcome(c.python)}`, `report-wizard: ${parityOutcome(c.wizard)}`];
  const marked = c.fatalAgree && c.totalAgree ? totals : totals.map((t) => (color ? red(t) : t));
  return ['', ...marked, parityVerdict(c)];
};

/** The human-readable parity report: version notes, the question table (disagreements marked ≠), the verdict. */
export const formatParity = (report: ParityReport, options: { color?: boolean } = {}): string[] => {
  const color = options.color ?? false;
  return [
    `Report:    ${visibleText(report.report)} (report.py run with ${visibleText(report.python)})`,
    ...versionLines(report),
    ...tableLines(report.comparison, color),
    ...verdictLines(report.comparison, color),
  ];
};
