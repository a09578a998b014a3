import type { CheckResult } from '../check-report.js';
import type { Report } from '../model.js';
import { answerStatus } from './answer-status.js';
import type { ReportDoc } from './report-doc.js';

const checklist = (report: Report): string =>
  `checklist ${report.items.filter((i) => i.checked).length}/${report.items.length} checked`;

/**
 * `questions passing 4/31 · checklist 0/11 checked`: the wizard's no-terminal line. `reason` adds report.py's error
 * when it would stop.
 */
export const statusSummary = (report: Report, check: CheckResult, reason: boolean): string => {
  const passing =
    check.fatal === null
      ? `questions passing ${check.passed}/${check.total}`
      : reason
        ? `report.py stops: ${check.fatal}`
        : 'report.py stops';
  return `${passing} · ${checklist(report)}`;
};

/** The figures of the wizard's header: report.py's passes (null when it would stop), answered questions, ticks. */
export interface HeaderCounts {
  passed: number | null;
  total: number;
  answered: number;
  questions: number;
  checked: number;
  items: number;
}

/**
 * The wizard's header figures with the drafts written: report.py's verdict, how many questions hold an answer (not
 * just the placeholder), the checklist.
 */
export const headerCounts = (doc: ReportDoc, drafts: Record<number, { text: string }>): HeaderCounts => {
  const { report, check } = doc;
  const statuses = report.questions.map((q) => answerStatus(doc, q, drafts[q.number]?.text));
  // A draft report.py would not count although its question has an `Answer:` makes it refuse the whole report.
  const refused = report.questions.some(
    (q, i) => drafts[q.number] !== undefined && q.answerMarker !== null && statuses[i]?.result === null,
  );
  return {
    passed:
      check.fatal === null && !refused ? statuses.filter((s) => s.result?.passed === true).length : null,
    total: check.total ?? 0,
    answered: statuses.filter((s) => s.state !== 'unanswered').length,
    questions: report.questions.length,
    checked: report.items.filter((i) => i.checked).length,
    items: report.items.length,
  };
};

/**
 * The wizard's header, `report.py 25/31 pass · 28/31 answered · checklist 3/11`: report.py's verdict with the drafts
 * written, then apart how many questions hold an answer (not just the placeholder), then the checklist.
 */
export const headerSummary = (doc: ReportDoc, drafts: Record<number, { text: string }>): string => {
  const c = headerCounts(doc, drafts);
  const verdict = c.passed === null ? 'report.py stops' : `report.py ${c.passed}/${c.total} pass`;
  return `${verdict} · ${c.answered}/${c.questions} answered · checklist ${c.checked}/${c.items}`;
};
