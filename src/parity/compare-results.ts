import type { CheckResult, QuestionResult } from '../report/check-report.js';
import type { CheckerFailure, CheckerOutput } from './parse-checker-output.js';

/** One side's verdict on one question. */
export interface ParityVerdict {
  passed: boolean;
  /** The failure lines this side prints (or would print), words before images. */
  failures: CheckerFailure[];
}

/** One question, report.py's verdict beside report-wizard's. */
export interface ParityRow {
  number: number;
  /** Null when that side never got to this question (it stopped early, or saw fewer answers). */
  python: ParityVerdict | null;
  wizard: ParityVerdict | null;
  agree: boolean;
}

/** The outcome of a whole run, as one side saw it. */
export interface ParityTotals {
  fatal: string | null;
  passed: number | null;
  total: number | null;
}

/** report.py's run and report-wizard's check, question by question. */
export interface ParityComparison {
  rows: ParityRow[];
  python: ParityTotals;
  wizard: ParityTotals;
  /** Whether both stopped with the same exception, or both did not stop. */
  fatalAgree: boolean;
  totalAgree: boolean;
  /** Numbers of the rows that disagree. */
  disagreements: number[];
  agree: boolean;
}

const kindOrder = (f: CheckerFailure): number => (f.kind === 'words' ? 0 : 1);
const sorted = (failures: CheckerFailure[]): CheckerFailure[] =>
  [...failures].sort((a, b) => a.number - b.number || kindOrder(a) - kindOrder(b));
const key = (f: CheckerFailure): string => `${f.number}:${f.kind}:${f.min}-${f.max}:${f.got}`;
const sameFailures = (a: CheckerFailure[], b: CheckerFailure[]): boolean =>
  a.length === b.length && sorted(a).every((f, i) => key(f) === key(sorted(b)[i]!));
const normalise = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ' ').trim());

const outside = (n: number, range: [number, number] | null): range is [number, number] =>
  range !== null && (n < range[0] || n > range[1]);

/** The lines report.py prints for a question report-wizard checked. */
const wizardFailures = (q: QuestionResult): CheckerFailure[] => {
  const failures: CheckerFailure[] = [];
  const words = q.constraint?.words ?? null;
  const images = q.constraint?.images ?? null;
  if (outside(q.words, words))
    failures.push({ number: q.position, kind: 'words', min: words[0], max: words[1], got: q.words });
  if (outside(q.images, images)) {
    failures.push({ number: q.position, kind: 'images', min: images[0], max: images[1], got: q.images });
  }
  return failures;
};

/** report.py's totals; the versions that print no total line are counted from their failure lines. */
const pythonTotals = (python: CheckerOutput, expectedAnswers: number): ParityTotals => {
  if (python.fatal !== null) return { fatal: python.fatal, passed: null, total: null };
  if (python.total !== null) return { fatal: null, passed: python.passed, total: python.total };
  const failing = new Set(python.failures.map((f) => f.number)).size;
  return { fatal: null, passed: expectedAnswers - failing, total: expectedAnswers };
};

/**
 * Sets report.py's parsed output beside report-wizard's check of the same text; `expectedAnswers` is the count the
 * run report.py expects (its total when it prints none).
 */
export const compareResults = (
  python: CheckerOutput,
  wizard: CheckResult,
  expectedAnswers: number,
): ParityComparison => {
  const pythonSide = pythonTotals(python, expectedAnswers);
  const wizardSide: ParityTotals = { fatal: wizard.fatal, passed: wizard.passed, total: wizard.total };
  const fatalAgree = normalise(pythonSide.fatal) === normalise(wizardSide.fatal);
  const totalAgree = pythonSide.passed === wizardSide.passed && pythonSide.total === wizardSide.total;
  const pythonRan = pythonSide.fatal === null;
  const wizardRan = wizardSide.fatal === null;
  const count = Math.max(
    pythonRan ? (pythonSide.total ?? 0) : 0,
    wizardRan ? wizard.questions.length : 0,
    ...python.failures.map((f) => f.number),
  );
  const rows: ParityRow[] = [];
  for (let number = 1; number <= count; number++) {
    const failures = python.failures.filter((f) => f.number === number);
    const counted = pythonRan && (number <= (pythonSide.total ?? 0) || failures.length > 0);
    const pyVerdict = counted ? { passed: failures.length === 0, failures } : null;
    const question = wizardRan ? wizard.questions[number - 1] : undefined;
    const wizVerdict = question ? { passed: question.passed, failures: wizardFailures(question) } : null;
    const agree =
      pyVerdict !== null && wizVerdict !== null
        ? pyVerdict.passed === wizVerdict.passed && sameFailures(pyVerdict.failures, wizVerdict.failures)
        : pyVerdict === wizVerdict;
    rows.push({ number, python: pyVerdict, wizard: wizVerdict, agree });
  }
  const disagreements = rows.filter((r) => !r.agree).map((r) => r.number);
  return {
    rows,
    python: pythonSide,
    wizard: wizardSide,
    fatalAgree,
    totalAgree,
    disagreements,
    agree: fatalAgree && totalAgree && disagreements.length === 0,
  };
};
