import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/check-report.js';
import { migrateReport } from '../../src/report/migrate-report.js';
import { parseReport } from '../../src/report/parse-report.js';
import { requireSharedCorpusUnderCi, sharedCorpus, sharedCorpusPresent } from '../helpers/shared-corpus.js';

const present = sharedCorpusPresent('migrate on the corpus');
requireSharedCorpusUnderCi(present);

// The course's newest template, when this machine has it (REPORT_TEMPLATE=/path/to/README.md): the corpus' older
// reports moved into it. Without it the same is tested above and in test/report/migrate-report.test.ts on
// make-report's templates.
const templatePath = process.env.REPORT_TEMPLATE;
if (!templatePath) console.log('migrate on the corpus: skipped: REPORT_TEMPLATE names no template.');
describe.skipIf(!templatePath || !present)(
  'migrate on the corpus with the template named by REPORT_TEMPLATE',
  () => {
    it('should move every older corpus report so that report.py runs and carried answers keep their counts', () => {
      const newest = parseReport(readFileSync(templatePath!, 'utf8'));
      const dir = pathToFileURL(join(sharedCorpus, 'reports') + '/');
      let moved = 0;
      let refused = 0;
      for (const name of readdirSync(dir)) {
        const text = readFileSync(new URL(name, dir), 'utf8');
        const report = parseReport(text);
        if (report.generation === null || report.generation === '2026' || report.generation === '2025')
          continue;
        const migration = migrateReport(report, newest);
        if (migration.refused !== null) {
          refused++;
          continue;
        }
        const before = checkReport(text, report.generation);
        const after = checkReport(migration.text);
        expect([name, after.fatal]).toEqual([name, null]);
        for (const { from, to } of migration.answers) {
          const was = before.questions[report.questions.findIndex((q) => q.number === from)];
          if (before.fatal !== null || !was) continue;
          expect([name, from, after.questions[to - 1]!.words]).toEqual([name, from, was.words]);
        }
        moved++;
      }
      console.log(`migrate on the corpus: ${moved} older reports moved, ${refused} refused.`);
      expect(moved).toBeGreaterThan(0);
    });
  },
);
