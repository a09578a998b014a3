import type { ReportSummary } from '../report/summarize-report.js';

/** The readable `status` output. */
export const formatStatus = (file: string, s: ReportSummary): string => {
  const lines = [
    `${file} · ${s.generation === null ? 'unrecognised template' : `${s.generation} template`}`,
    `Questions: ${s.answered}/${s.questions} answered, ${s.passing === null ? `report.py refuses the report (${s.fatal})` : `${s.passing}/${s.questions} passing`}`,
    `Words: ${s.words}`,
    `Checklist: ${s.checked}/${s.items} checked`,
    ...s.checklist.map((w) => `  ${(w.week || '(no week)').padEnd(10)} ${w.checked}/${w.total}`),
    ...s.diagnostics.map((d) => `! ${d}`),
  ];
  return `${lines.join('\n')}\n`;
};
