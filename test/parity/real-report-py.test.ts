import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/node-file-system.js';
import { identifyChecker } from '../../src/parity/identify-checker.js';
import { runParity } from '../../src/parity/run-parity.js';
import { newestChecker } from '../../src/report/generations.js';
import { parseCheckerOutput } from '../../src/parity/parse-checker-output.js';
import { tempFolders } from '../helpers/temp-folders.js';

/** A fresh temp folder, removed after the tests. */
const temp = tempFolders();

const official = process.env.REPORT_PY ?? '';
const usable = official !== '' && existsSync(official);
if (!usable) {
  console.log(
    'real report.py: skipped: set REPORT_PY to an official report.py (and REPORT_WIZARD_PYTHON to a python with its packages).',
  );
}
const ci = process.env.CI === 'true';
// What REPORT_PY is, by its bytes: the comparison with the captured output holds for the newest one only.
const given = usable ? identifyChecker(readFileSync(official)) : null;
const version = given?.checker?.version ?? `no upstream report.py (sha256 ${given?.sha256})`;

const fixture = (name: string): string =>
  new URL(`../fixtures/checker-output/${name}`, import.meta.url).pathname;

/** The captured output of the newest report.py for each report, to compare the live run with. */
const captured: Record<string, string> = {
  'mixed-31.md': 'newest-mixed-31.stderr.txt',
  'placeholder-31.md': 'newest-placeholder-31.stderr.txt',
  'full-31.md': 'newest-full-31.stderr.txt',
  'old-27.md': 'newest-old-27.stderr.txt',
  'no-answer.md': 'newest-no-answer.stderr.txt',
  'missing-heading-31.md': 'newest-missing-heading.stderr.txt',
};

describe.skipIf(!usable)('runParity against the official report.py named by REPORT_PY', () => {
  it(`should be given the newest report.py, ${newestChecker.version}`, () => {
    // An older REPORT_PY is said here, in a failure naming it, rather than passed over.
    expect(`REPORT_PY is ${version}`).toBe(`REPORT_PY is ${newestChecker.version}`);
  });

  for (const [report, output] of Object.entries(captured)) {
    it(`should agree with report.py on ${report}`, async ({ skip }) => {
      const dir = temp('parity-real-');
      copyFileSync(official, join(dir, 'report.py'));
      copyFileSync(fixture(report), join(dir, 'README.md'));
      const outcome = await runParity('README.md', { cwd: dir, env: process.env, fs: nodeFileSystem });
      // No python with report.py's packages is a skip, said; under CI, which installs them, a failure.
      if (!ci && (outcome.error?.includes('cannot import') || outcome.error?.startsWith('No python found'))) {
        console.log(`real report.py: skipped: ${outcome.error}`);
        skip();
      }
      expect([outcome.error, outcome.exitCode]).toEqual([null, 0]);
      if (outcome.report?.checker !== newestChecker.version) {
        console.log(
          `real report.py: ${report}: not compared with the newest's output: REPORT_PY is ${version}.`,
        );
        skip();
        return;
      }
      // The newest report.py must still print what was captured (timestamps and paths aside).
      const expected = parseCheckerOutput(readFileSync(fixture(output), 'utf8'));
      const live = outcome.report.comparison;
      expect(live.python.fatal).toBe(expected.fatal);
      expect(live.rows.flatMap((r) => r.python?.failures ?? [])).toEqual(expected.failures);
    });
  }
});
