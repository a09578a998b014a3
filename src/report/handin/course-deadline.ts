import deadlineData from '../../../templates/deadlines.json' with { type: 'json' };
import { type CheckerVersion, checkers } from '../generations.js';

/** One course year's hand-in deadline. */
export interface CourseDeadline {
  year: number;
  /** Seconds since the epoch. */
  time: number;
  /** As written in `templates/deadlines.json` (ISO 8601 with offset). */
  iso: string;
}

/** Every known course year's deadline, oldest first. */
export const courseDeadlines: CourseDeadline[] = Object.entries(deadlineData.deadlines)
  .map(([year, iso]) => ({ year: Number(year), iso, time: Date.parse(iso) / 1000 }))
  .sort((a, b) => a.time - b.time);

// The course runs in January; a group's work starts at the earliest on 1 December before (00:00 CET).
const windowStart = (year: number): number => Date.parse(`${year - 1}-12-01T00:00:00+01:00`) / 1000;

/**
 * The course year a repository's commits belong to, as the hand-in corpus decides it: the latest year whose window
 * (1 December before, up to the deadline) holds at least 10 commits, else the latest with any; null when no window
 * holds a commit (a repository from another year, or one made after the last deadline this version knows).
 */
export const courseYear = (commitTimes: Iterable<number>): CourseDeadline | null => {
  const counts = courseDeadlines.map(() => 0);
  for (const time of commitTimes) {
    courseDeadlines.forEach((d, i) => {
      if (time >= windowStart(d.year) && time <= d.time) counts[i]!++;
    });
  }
  const busy = courseDeadlines.filter((_, i) => counts[i]! >= 10);
  const any = courseDeadlines.filter((_, i) => counts[i]! > 0);
  return busy.at(-1) ?? any.at(-1) ?? null;
};

/** The report.py staff graded with at `time` (seconds): the newest upstream version committed before it. */
export const checkerAt = (time: number): CheckerVersion => {
  const day = new Date(time * 1000).toISOString().slice(0, 10);
  return checkers.filter((c) => c.version.slice(0, 10) <= day).at(-1) ?? checkers[0]!;
};
