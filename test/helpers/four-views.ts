import { runCli } from '../../src/cli/run-cli.js';
import { checklistTraces } from '../../src/commands/checklist-traces.js';
import { execWithExeca } from '../../src/parity/exec-with-execa.js';
import { answerStatus } from '../../src/report/answer/answer-status.js';
import type { QuestionResult } from '../../src/report/check-report.js';
import { reportDoc } from '../../src/report/answer/report-doc.js';
import { headerSummary } from '../../src/report/answer/status-summary.js';
import { itemSuggestion } from '../../src/ui/item-suggestion.js';
import { makeIo } from './make-io.js';

/** report.py's figures of one question, by its position (as every JSON output numbers it). */
export interface QuestionFigures {
  number: number;
  words: number;
  images: number;
  passed: boolean;
}

/** The checklist's figures: items ticked, items in all, and the two evidence counts (null when not scanned). */
export interface ChecklistFigures {
  checked: number;
  items: number;
  evidence: { evidenceNotTicked: number; tickedNoTrace: number } | null;
}

/** Every figure `status --json`, `check --json`, `evidence --json` and the wizard tell about one report. */
export interface FourViews {
  status: {
    answered: number;
    unanswered: number[];
    passing: number | null;
    failing: number[];
    words: number;
    checklist: ChecklistFigures;
  };
  /** `check --json` with the year the wizard counts with (today's, or an older template's own). */
  check: {
    passing: number | null;
    failing: number[];
    questions: QuestionFigures[];
    /** report.py's words less those of the placeholders it counts (the lints' claims): the group's words. */
    words: number;
  };
  wizard: {
    answered: number;
    unanswered: number[];
    /** The header's pass count, null when it says "report.py stops". */
    passing: number | null;
    /** The overview's per-question figures, by position, and the questions report.py fails, by heading. */
    questions: QuestionFigures[];
    failing: number[];
    checklist: ChecklistFigures;
  };
  /** Null when the report is in no repository. */
  evidence: ChecklistFigures | null;
}

const json = async <T>(args: string[], cwd: string): Promise<T> => {
  const { io, out } = makeIo({ cwd, env: { PATH: process.env.PATH ?? '' } });
  await runCli(args, io);
  return JSON.parse(out.stdout) as T;
};

/**
 * The four views of the report at `path` (`reports/README.md` of a git repository for the evidence figures): what
 * each command prints as JSON, and what the wizard's header, overview and checklist panel compute for the same text.
 */
export const fourViews = async (path: string, text: string): Promise<FourViews> => {
  const cwd = '/';
  const doc = reportDoc(text, new TextEncoder().encode(text));
  const { report } = doc;
  const year = doc.template.check.generation;

  const status = await json<{
    answered: number;
    unanswered: number[];
    passing: number | null;
    failing: number[];
    words: number;
    checked: number;
    items: number;
    evidence: { evidenceNotTicked: number; tickedNoTrace: number; cut: boolean } | null;
  }>(['status', path, '--json'], cwd);
  const check = await json<{
    passed: number | null;
    questions: QuestionFigures[];
    lints: { rule: string; claim?: { counted?: { words: number } } }[];
  }>(['check', path, '--json', '--template', year], cwd);
  const evidence = await json<{
    items: { checked: boolean; suggestion: 'check' | 'uncheck' | null }[];
  } | null>(['evidence', path, '--json'], cwd).catch(() => null);

  const header = headerSummary(doc, {});
  const match =
    /^(?:report\.py (\d+)\/\d+ pass|report\.py stops) · (\d+)\/\d+ answered · checklist (\d+)\/(\d+)$/.exec(
      header,
    );
  if (match === null) throw new Error(`Unexpected header: ${header}`);
  const statuses = report.questions.map((q) => ({ q, s: answerStatus(doc, q, undefined) }));
  const traces = await checklistTraces(path, report.items, {
    exec: execWithExeca,
    env: { PATH: process.env.PATH ?? '' },
  });
  const suggested = (only: 'check' | 'uncheck'): number =>
    traces === null ? 0 : report.items.filter((item) => itemSuggestion(item, traces) === only).length;
  const byNumber = (a: QuestionFigures, b: QuestionFigures): number => a.number - b.number;
  const figures = ({ position, words, images, passed }: QuestionResult): QuestionFigures => ({
    number: position,
    words,
    images,
    passed,
  });

  return {
    status: {
      answered: status.answered,
      unanswered: status.unanswered,
      passing: status.passing,
      failing: status.failing,
      words: status.words,
      checklist: {
        checked: status.checked,
        items: status.items,
        evidence:
          status.evidence === null
            ? null
            : {
                evidenceNotTicked: status.evidence.evidenceNotTicked,
                tickedNoTrace: status.evidence.tickedNoTrace,
              },
      },
    },
    check: {
      passing: check.passed,
      failing: check.questions
        .filter((q) => !q.passed)
        .map((q) => report.questions[q.number - 1]?.number ?? q.number),
      questions: check.questions.map(({ number, words, images, passed }) => ({
        number,
        words,
        images,
        passed,
      })),
      words:
        check.questions.reduce((n, q) => n + q.words, 0) -
        check.lints
          .filter((l) => l.rule === 'placeholder')
          .reduce((n, l) => n + (l.claim?.counted?.words ?? 0), 0),
    },
    wizard: {
      answered: Number(match[2]),
      unanswered: statuses.filter(({ s }) => s.state === 'unanswered').map(({ q }) => q.number),
      passing: match[1] === undefined ? null : Number(match[1]),
      questions: statuses.flatMap(({ s }) => (s.result === null ? [] : [figures(s.result)])).sort(byNumber),
      failing: statuses
        .filter(({ s }) => s.result !== null && !s.result.passed)
        .sort((a, b) => a.s.result!.position - b.s.result!.position)
        .map(({ q }) => q.number),
      checklist: {
        checked: Number(match[3]),
        items: Number(match[4]),
        // Without a checklist the wizard has no evidence panel to count in.
        evidence:
          traces === null || report.items.length === 0
            ? null
            : { evidenceNotTicked: suggested('check'), tickedNoTrace: suggested('uncheck') },
      },
    },
    evidence:
      evidence === null
        ? null
        : {
            checked: evidence.items.filter((i) => i.checked).length,
            items: evidence.items.length,
            evidence: {
              evidenceNotTicked: evidence.items.filter((i) => i.suggestion === 'check').length,
              tickedNoTrace: evidence.items.filter((i) => i.suggestion === 'uncheck').length,
            },
          },
  };
};
