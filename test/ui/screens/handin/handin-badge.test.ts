import { describe, expect, it } from 'vitest';
import { handinBadge } from '../../../../src/ui/screens/handin/handin-badge.js';
import { fakeHandinFacts, strandedOn } from '../../../helpers/fake-handin-facts.js';

const deadline = 1_769_209_200; // 2026-01-24T00:00:00+01:00
const hour = 3600;

describe('handinBadge', () => {
  it('should say nothing before the facts are read', () => {
    expect(handinBadge(null, deadline - hour)).toBe('');
  });

  it('should say nothing when nothing is stranded or unpushed and the deadline is more than 48 hours away', () => {
    expect(handinBadge(fakeHandinFacts(deadline), deadline - 48 * hour - 1)).toBe('');
  });

  it('should give the time left once the deadline is within 48 hours', () => {
    expect(handinBadge(fakeHandinFacts(deadline), deadline - 48 * hour)).toBe(' · hand-in: 2 days left');
    expect(handinBadge(fakeHandinFacts(deadline), deadline - 5 * hour - 120)).toBe(
      ' · hand-in: 5 hours 2 minutes left',
    );
  });

  it('should say nothing of a deadline that has passed', () => {
    const facts = fakeHandinFacts(deadline);
    expect(handinBadge({ ...facts, deadline: { ...facts.deadline!, passed: true } }, deadline + hour)).toBe(
      '',
    );
  });

  it('should name stranded questions once each, leaving out older drafts and merged branches, and unpushed commits', () => {
    const facts = fakeHandinFacts(deadline, {
      stranded: [
        strandedOn(27),
        strandedOn(27, { branch: 'other' }),
        strandedOn(3),
        strandedOn(5, { likelySuperseded: true }),
        strandedOn(6, { merged: true }),
      ],
      local: { branch: 'main', uncommitted: false, unpushed: 2, branchMerged: true, matchesGraded: false },
    });
    expect(handinBadge(facts, deadline - 100 * hour)).toBe(' · hand-in: stranded Q27 Q3, unpushed');
  });
});
