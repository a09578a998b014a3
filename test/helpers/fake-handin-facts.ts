import type { HandinFacts, StrandedFact } from '../../src/git/handin/handin-facts.js';

/** A stranded answer on branch `draft` for question `question`. */
export const strandedOn = (question: number, patch: Partial<StrandedFact> = {}): StrandedFact => ({
  question,
  reason: 'placeholder',
  branch: 'draft',
  ref: 'refs/remotes/origin/draft',
  local: false,
  commit: '77cdfba0000000000000000000000000000000000',
  date: '2026-01-23T21:00:14+01:00',
  subject: 'final?',
  words: 149,
  defaultWords: 6,
  merged: false,
  likelySuperseded: false,
  ...patch,
});

/** Hand-in facts of a clean clone on main, graded at origin/main, deadline at `deadline` seconds; `patch` changes them. */
export const fakeHandinFacts = (deadline: number, patch: Partial<HandinFacts> = {}): HandinFacts => ({
  problems: [],
  bare: false,
  root: '/repo',
  graded: {
    commit: 'abcdef1234567890abcdef1234567890abcdef12',
    date: '2026-01-22T10:00:00+01:00',
    subject: 'answers',
    branch: 'origin/main',
    ref: 'refs/remotes/origin/main',
    assumed: null,
  },
  gradedAssumed: null,
  report: { path: 'reports/README.md', foundBy: 'standard' },
  gradedText: null,
  judgement: null,
  deadline: { iso: '2026-01-24T00:00:00+01:00', time: deadline, year: 2026, source: 'course', passed: false },
  stranded: [],
  afterDeadline: [],
  missingImages: [],
  localImages: [],
  local: { branch: 'main', uncommitted: false, unpushed: 0, branchMerged: true, matchesGraded: true },
  ...patch,
});
