import type { HandinFacts } from '../../../git/handin/handin-facts.js';
import { formatDuration } from '../../../git/handin/format-handin-text.js';

/** Within this many seconds of the deadline the header says how long is left. */
const soon = 48 * 3600;

/**
 * The header's hand-in badge: ` · hand-in: stranded Q27, unpushed, 5 hours 2 minutes left`, or nothing when no
 * answer is stranded on another branch, nothing is unpushed and the deadline is not within 48 hours.
 */
export const handinBadge = (facts: HandinFacts | null, now: number): string => {
  if (facts === null) return '';
  const parts: string[] = [];
  const stranded = [
    ...new Set(facts.stranded.filter((s) => !s.likelySuperseded && !s.merged).map((s) => s.question)),
  ];
  if (stranded.length > 0) parts.push(`stranded ${stranded.map((q) => `Q${q}`).join(' ')}`);
  if ((facts.local.unpushed ?? 0) > 0) parts.push('unpushed');
  const deadline = facts.deadline;
  if (deadline !== null && !deadline.passed && deadline.time > now && deadline.time - now <= soon)
    parts.push(`${formatDuration(deadline.time - now)} left`);
  return parts.length === 0 ? '' : ` · hand-in: ${parts.join(', ')}`;
};
