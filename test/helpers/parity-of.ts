import { compareResults } from '../../src/parity/compare-results.js';
import type { CheckerFailure } from '../../src/parity/parse-checker-output.js';
import { checkReport } from '../../src/report/check-report.js';
import { newestChecker } from '../../src/report/generations.js';
import type { ParityResult } from '../../src/ui/wizard-reducer.js';

/**
 * A finished parity run on `text` where report.py printed what report-wizard computes, except the questions in
 * `differ`, which report.py passes: the structured result the wizard's parity screen draws.
 */
export const parityOf = (text: string, differ: number[] = []): ParityResult => {
  const wizard = checkReport(text);
  const failures: CheckerFailure[] = [];
  for (const q of wizard.questions) {
    if (q.passed || differ.includes(q.position)) continue;
    const words = q.constraint?.words;
    if (words && (q.words < words[0] || q.words > words[1]))
      failures.push({ number: q.position, kind: 'words', min: words[0], max: words[1], got: q.words });
    const images = q.constraint?.images;
    if (images && (q.images < images[0] || q.images > images[1]))
      failures.push({ number: q.position, kind: 'images', min: images[0], max: images[1], got: q.images });
  }
  const total = wizard.total ?? 0;
  const passed = total - new Set(failures.map((f) => f.number)).size;
  const python = { fatal: null, fatalIn: null, passed, total, failures, unrecognised: [] };
  return {
    error: null,
    report: {
      report: 'reports/README.md',
      python: 'python3',
      checker: newestChecker.version,
      sha256: '0'.repeat(64),
      matchedAfterLf: false,
      newest: newestChecker.version,
      comparedWith: newestChecker.version,
      changes: [],
      comparison: compareResults(python, wizard, newestChecker.expectedAnswers),
    },
  };
};
