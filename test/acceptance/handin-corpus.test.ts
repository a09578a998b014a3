import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handinFacts } from '../../src/git/handin/handin-facts.js';
import { tempFolders } from '../helpers/temp-folders.js';

// The hand-in corpus sits beside the repository on team machines; the group repositories' git mirrors are fetched
// into MIRROR (default /work/.mirror) by hand. CI has neither, so there this file skips, saying so.
const corpus = join(import.meta.dirname, '../../../shared/corpus/handin');
const mirrors = process.env.MIRROR ?? '/work/.mirror';

interface Flag {
  question: number;
  branch: string;
  commit: string;
  likely_superseded: boolean;
}
interface HandinRecord {
  mirror: string;
  default_branch: string;
  default_at_deadline: { sha: string };
  report: { path: string | null };
  stranded: Flag[];
  post_deadline_commits: { sha: string }[];
  images: { missing: unknown[] } | null;
}

const records: HandinRecord[] = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as HandinRecord)
      .filter((r) => existsSync(join(mirrors, r.mirror, 'repo')))
  : [];
if (records.length === 0)
  console.warn(
    `SKIPPED hand-in corpus acceptance: no ${corpus}, or no fetched mirror of its repositories in ${mirrors} (set MIRROR).`,
  );

const temp = tempFolders();

const replay = (record: HandinRecord, now: boolean): string => {
  const dest = join(temp('handin-replay-'), 'clone');
  execFileSync('bash', [join(corpus, 'replay.sh'), ...(now ? ['--now'] : []), record.mirror, dest], {
    env: { ...process.env, MIRROR: mirrors },
    stdio: 'ignore',
  });
  return dest;
};

describe.skipIf(records.length === 0)(
  'hand-in corpus acceptance (../shared/corpus/handin, fetched mirrors)',
  () => {
    // Replayed at the deadline (branches rewound) and with today's tips (the tool walks back itself).
    describe.each([false, true])('replayed with --now: %s', (now) => {
      it.each(records.map((r) => [r.mirror, r] as const))(
        'should grade what staff graded in %s, with every stranded answer and no other',
        async (_, record) => {
          const dir = replay(record, now);
          const facts = await handinFacts({ dir, now: Date.now() / 1000 });
          expect(facts.graded?.commit).toBe(record.default_at_deadline.sha);
          expect(facts.report?.path ?? null).toBe(record.report.path);
          const flagged = (flags: { question: number; branch: string; commit: string }[]): string[] =>
            flags.map((f) => `${f.question} ${f.branch} ${f.commit.slice(0, 7)}`).sort();
          const real = (flags: Flag[]): Flag[] => flags.filter((f) => !f.likely_superseded);
          expect(flagged(facts.stranded.filter((s) => !s.likelySuperseded))).toEqual(
            flagged(real(record.stranded)),
          );
          expect(flagged(facts.stranded)).toEqual(expect.arrayContaining(flagged(record.stranded)));
          expect(facts.missingImages).toHaveLength(record.images?.missing.length ?? 0);
          if (now)
            expect(facts.afterDeadline.map((c) => c.commit).sort()).toEqual(
              record.post_deadline_commits.map((c) => c.sha).sort(),
            );
          else expect(facts.afterDeadline).toEqual([]);
        },
        60_000,
      );
    });
  },
);
