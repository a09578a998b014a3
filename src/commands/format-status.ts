import { newestGeneration } from '../report/generations.js';
import type { ReportSummary } from '../report/summarize-report.js';
import { visibleText } from '../report/visible-text.js';

/** The readable `status` output, with the report's control characters made visible. */
export const formatStatus = (
  file: string,
  s: ReportSummary,
  evidence: { evidenceNotTicked: number; tickedNoTrace: number; cut?: boolean } | null = null,
): string => {
  const lines = [
    `${file} · ${s.generation === null ? 'unrecognised template' : `${s.generation} template`}`,
    ...(s.generation !== null && s.generation !== newestGeneration.id
      ? [
          `Staff grade with the ${newestGeneration.id} template: "report-wizard migrate --fetch" moves your answers into it.`,
        ]
      : []),
    `Questions: ${s.answered}/${s.questions} answered, ${s.passing === null ? `report.py refuses the report (${s.fatal})` : `${s.passing}/${s.questions} passing`}`,
    ...(s.unanswered.length > 0 ? [`Unanswered: ${s.unanswered.join(', ')}`] : []),
    ...(s.failing.length > 0 ? [`Failing report.py: ${s.failing.join(', ')}`] : []),
    `Words: ${s.words}`,
    `Checklist: ${s.checked}/${s.items} checked`,
    ...(evidence === null
      ? []
      : [
          `Evidence: ${evidence.evidenceNotTicked} with evidence, not ticked · ${evidence.tickedNoTrace} ticked, no trace (report-wizard evidence)` +
            // A cut scan never looked at the rest of the files: say so, as `evidence` does.
            (evidence.cut === true
              ? '; the scan stopped early (without git there is no list of the files), so no item is called untraced'
              : ''),
        ]),
    ...s.checklist.flatMap((w) => [
      `  ${w.week || '(no week)'} · ${w.checked}/${w.total}`,
      // Numbered as `report-wizard toggle` takes them.
      ...w.items.map((i) => `  ${String(i.index).padStart(4)} [${i.checked ? 'x' : ' '}] ${i.text}`),
    ]),
    ...s.diagnostics.map((d) => `! ${d}`),
  ];
  return `${visibleText(lines.join('\n'))}\n`;
};
