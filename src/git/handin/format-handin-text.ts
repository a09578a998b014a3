import type { HandinFacts, StrandedFact } from './handin-facts.js';
import { describeConstraint } from '../../report/describe-constraint.js';
import { visibleText } from '../../report/visible-text.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A span of seconds as a student reads it: `2 days 4 hours`, `5 hours 12 minutes`, `12 minutes`. */
export const formatDuration = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0)
    return hours % 24 === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(hours % 24, 'hour')}`;
  if (hours > 0) return `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}`;
  return plural(minutes, 'minute');
};

const short = (sha: string): string => sha.slice(0, 7);
// `2026-01-23T21:00:14+01:00` → `2026-01-23 21:00 +01:00`: the minute is what a student compares with the deadline.
const when = (iso: string): string =>
  iso.replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, '$1 $2 $3');
const quoted = (subject: string): string => `'${visibleText(subject)}'`;

const defaultSide = (s: StrandedFact, graded: string): string =>
  s.reason === 'no_report_on_default'
    ? `no report on ${graded}`
    : s.reason === 'question_missing_on_default'
      ? `no such question on ${graded}`
      : s.reason === 'placeholder'
        ? `placeholder on ${graded}`
        : s.reason === 'empty'
          ? `empty on ${graded}`
          : `${s.defaultWords} words on ${graded}`;

/** One stranded answer: `Question 27: placeholder on main; 149 words on Readme4, 77cdfba, 2026-01-23 21:00 +01:00, 'final?', not merged`. */
export const formatStranded = (s: StrandedFact, graded: string): string =>
  `Question ${s.question}: ${defaultSide(s, graded)}; ${s.words} words on ${visibleText(s.branch)}` +
  `${s.local ? ' (only in this clone)' : ''}, ${short(s.commit)}, ${when(s.date)}, ${quoted(s.subject)}, ` +
  `${s.merged ? 'merged since' : 'not merged'}` +
  (s.likelySuperseded ? ` (likely an older draft ${graded} replaced)` : '');

/** The `handin` text: what staff would grade, its verdict, and what is missing from it, one fact a line. */
export const formatHandinText = (facts: HandinFacts, now: number): string => {
  const out: string[] = [];
  const graded = facts.graded;
  const gradedName = graded === null ? 'the default branch' : visibleText(graded.branch);
  if (graded === null) out.push('Graded: nothing (no branch staff would read).');
  else
    out.push(
      `Graded: ${gradedName} at ${short(graded.commit)} (${when(graded.date)}, ${quoted(graded.subject)}), ` +
        (facts.report === null ? 'no report' : visibleText(facts.report.path)),
    );
  const d = facts.deadline;
  if (d === null) out.push('Deadline: unknown (give --deadline).');
  else {
    const origin = d.year === null ? 'given' : `course year ${d.year}`;
    out.push(
      `Deadline: ${when(d.iso)} (${origin}), ` +
        (d.passed
          ? `passed ${formatDuration(now - d.time)} ago: the facts are as of then.`
          : `${formatDuration(d.time - now)} left.`),
    );
  }
  const j = facts.judgement;
  if (j !== null) {
    const c = j.check;
    if (c.fatal !== null) out.push(`report.py ${c.checker}: stops with ${visibleText(c.fatal)}`);
    else {
      out.push(`report.py ${c.checker}: ${c.passed} of ${c.total} questions pass.`);
      for (const q of c.questions.filter((q) => !q.passed))
        out.push(
          `  Question ${q.position} fails: ${plural(q.words, 'word')}, ${plural(q.images, 'image')}; expected ${describeConstraint(q.constraint)}.`,
        );
    }
    if (j.lints.length > 0) {
      out.push(`Lints on the graded version: ${j.lints.length}`);
      for (const l of j.lints)
        out.push(`  ${l.line === null ? '' : `line ${l.line}: `}${visibleText(l.message)} [${l.rule}]`);
    }
  }
  const real = facts.stranded.filter((s) => !s.likelySuperseded);
  if (facts.stranded.length > 0) {
    out.push(
      real.length > 0
        ? `Answers on other branches that ${gradedName} lacks: ${real.length}`
        : 'Older drafts on other branches (likely replaced on purpose):',
    );
    for (const s of [...real, ...facts.stranded.filter((s) => s.likelySuperseded)])
      out.push(`  ${formatStranded(s, gradedName)}`);
  }
  if (facts.afterDeadline.length > 0) {
    out.push(
      `Report commits on ${gradedName} after the deadline: ${facts.afterDeadline.length} (staff may grade the version before them)`,
    );
    for (const c of facts.afterDeadline)
      out.push(`  ${short(c.commit)} ${when(c.date)} ${quoted(c.subject)}`);
  }
  if (facts.missingImages.length > 0) {
    out.push(`Images the graded report links that its commit lacks: ${facts.missingImages.length}`);
    for (const m of facts.missingImages) out.push(`  Question ${m.question}: ${visibleText(m.path)}`);
  }
  if (facts.localImages.length > 0) {
    out.push(`Images only on this disk (not in the graded commit): ${facts.localImages.length}`);
    for (const m of facts.localImages) out.push(`  Question ${m.question}: ${visibleText(m.path)}`);
  }
  const local = facts.local;
  if (!facts.bare) {
    const lines: string[] = [];
    const path = facts.report?.path ?? 'reports/README.md';
    if (local.uncommitted === true) lines.push(`${path} has changes that are not committed.`);
    if ((local.unpushed ?? 0) > 0) lines.push(`${plural(local.unpushed!, 'commit')} not pushed.`);
    if (local.branchMerged === false)
      lines.push(
        `${local.branch === null ? 'HEAD' : `Branch ${visibleText(local.branch)}`} is not merged into ${gradedName}.`,
      );
    if (local.matchesGraded === false && local.uncommitted === false && local.branchMerged !== false)
      lines.push(`Your ${path} differs from the graded one.`);
    if (lines.length === 0 && local.matchesGraded === true)
      lines.push('Your work tree shows what would be graded.');
    if (lines.length > 0) out.push(`Local: ${lines.join(' ')}`);
  }
  for (const p of facts.problems) out.push(`Note: ${visibleText(p)}`);
  return `${out.join('\n')}\n`;
};
