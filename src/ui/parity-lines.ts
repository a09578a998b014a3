import type { ParityVerdict } from '../parity/compare-results.js';
import type { CheckerFailure } from '../parity/parse-checker-output.js';
import { parityOutcome, parityVerdict } from '../parity/parity-verdict.js';
import { visibleText } from '../report/visible-text.js';
import type { ParityResult } from './wizard-reducer.js';
import { wrapLines } from './wrap-lines.js';

/** One row of the parity screen and the colour that carries its meaning (none without colour). */
export interface ParityLine {
  text: string;
  tone?: 'good' | 'bad';
}

/** The parity screen's rows: the verdict, always on screen, and the rest (disagreements, notes, table), scrolled. */
export interface ParityLines {
  verdict: ParityLine[];
  body: ParityLine[];
}

const failure = (f: CheckerFailure): string => `${f.got} ${f.kind} (${f.min}–${f.max})`;
const cell = (v: ParityVerdict | null): string =>
  v === null ? '—' : v.passed ? 'pass' : `FAIL ${v.failures.map(failure).join(', ')}`;

// Long sentences (an error, a stopped run) are wrapped, never cut: they say what to do.
const wrapped = (text: string, width: number, tone?: ParityLine['tone']): ParityLine[] =>
  wrapLines([visibleText(text)], Math.max(10, width)).map((row) => ({
    text: row.text.trimEnd(),
    ...(tone === undefined ? {} : { tone }),
  }));

/** The rows the parity screen shows for a finished run, wrapped to `width`. */
export const parityLines = (result: ParityResult, width: number): ParityLines => {
  const { report, error } = result;
  if (report === null) {
    return {
      verdict: wrapped('report.py could not run, so nothing was compared:', width, 'bad'),
      body: wrapped(error ?? 'report.py did not run.', width),
    };
  }
  const c = report.comparison;
  const head = parityVerdict(c);
  const verdict = [
    ...wrapped(head, width, c.agree ? 'good' : 'bad'),
    ...wrapped(`report.py:     ${parityOutcome(c.python)}`, width),
    ...wrapped(`report-wizard: ${parityOutcome(c.wizard)}`, width),
  ];
  const disagreeing = c.rows.filter((r) => !r.agree);
  const body: ParityLine[] = [];
  if (disagreeing.length > 0) {
    body.push({ text: '' }, { text: 'Where they differ:' });
    for (const r of disagreeing) {
      body.push(
        ...wrapped(
          `≠ Q${r.number}: report.py ${cell(r.python)} · report-wizard ${cell(r.wizard)}`,
          width,
          'bad',
        ),
      );
    }
  }
  const version =
    report.checker === null
      ? `report.py: not a known upstream version (a changed copy, or newer than report-wizard knows); checked as ${report.newest}.`
      : report.checker === report.newest
        ? `report.py: ${report.checker}, the version graded today.`
        : `report.py: ${report.checker}, older than the version graded today (${report.newest}).`;
  body.push(
    { text: '' },
    ...wrapped(`Run with ${report.python}. ${version}`, width),
    ...report.changes.flatMap((change) => wrapped(`  ${change}`, width)),
  );
  if (c.rows.length > 0) {
    const pyWidth = Math.max('report.py'.length, ...c.rows.map((r) => cell(r.python).length));
    const numberWidth = String(c.rows.length).length + 1;
    const row = (mark: string, q: string, py: string, wiz: string): string =>
      visibleText(`${mark} ${q.padStart(numberWidth)}  ${py.padEnd(pyWidth)}  ${wiz}`.trimEnd());
    body.push({ text: '' }, { text: row(' ', 'Q', 'report.py', 'report-wizard') });
    for (const r of c.rows) {
      const text = row(r.agree ? ' ' : '≠', String(r.number), cell(r.python), cell(r.wizard));
      body.push(r.agree ? { text } : { text, tone: 'bad' });
    }
  }
  return { verdict, body };
};
