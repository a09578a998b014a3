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

/**
 * The wizard's header, `report.py 25/31 pass · 28/31 answered · checklist 3/11`: report.py's verdict with the drafts
 * written, then apart how many questions hold an answer (not just the placeholder), then the checklist.
 */
export const headerSummary = (doc: ReportDoc, drafts: Record<number, { text: string }>): string => {
  const { report, check } = doc;
  const statuses = report.questions.map((q) => answerStatus(doc, q, drafts[q.number]?.text));
  const passed = statuses.filter((s) => s.result?.passed === true).length;
  // A draft report.py would not count although its question has an `Answer:` makes it refuse the whole report.
  const refused = report.questions.some(
    (q, i) => drafts[q.number] !== undefined && q.answerMarker !== null && statuses[i]?.result === null,
  );
  const verdict =
    check.fatal === null && !refused ? `report.py ${passed}/${check.total} pass` : 'report.py stops';
  const answered = statuses.filter((s) => s.state !== 'unanswered').length;
  const items = report.items;
  return `${verdict} · ${answered}/${report.questions.length} answered · checklist ${items.filter((i) => i.checked).length}/${items.length}`;
};
