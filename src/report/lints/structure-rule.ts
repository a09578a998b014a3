import { generationById } from '../generations.js';
import type { QuestionStructure, ReportStructure } from '../model.js';
import { answerMarkers } from '../report-py-slices.js';
import type { Lint } from './lint.js';
import type { LintContext } from './lint-context.js';
import type { LintRule } from './lint-rule.js';

/** The question numbers that must have a heading: its template's, or only the gaps when no template matches. */
const expectedNumbers = (report: ReportStructure): number => {
  if (report.generation !== null) return generationById(report.generation).questions;
  return Math.max(0, ...report.questions.map((q) => q.number));
};

const verdict = ({ slices, checker }: LintContext, otherwise: string): string =>
  slices.length !== checker.expectedAnswers
    ? `report.py sees ${slices.length} answers instead of ${checker.expectedAnswers} and will refuse the whole report`
    : otherwise;

/** Start of the `>` quote holding the `Answer:` at `at` (where a deleted heading belonged). */
const quoteStart = (text: string, at: number): number => {
  let start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  for (;;) {
    const before = text.slice(0, start).replace(/(?:\r\n|\r|\n)$/, '');
    if (before.length === start) return start;
    const previous = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    if (!before.slice(previous).startsWith('>')) return start;
    start = previous;
  }
};

const missingHeadings = (context: LintContext, numbers: Set<number>): Lint[] => {
  const { report, lineOf } = context;
  const { text, questions } = report;
  const lints: Lint[] = [];
  // Read only when a heading is missing, which few reports have: the markers are a scan of the whole text.
  let used: Set<number | undefined> | undefined;
  let markers: number[] | undefined;
  for (let n = 1; n <= expectedNumbers(report); n++) {
    if (numbers.has(n)) continue;
    used ??= new Set(questions.map((q) => q.answerMarker?.start));
    markers ??= answerMarkers(text);
    const previous = questions.filter((q) => q.number < n).at(-1);
    const next = questions.find((q) => q.number > n && (!previous || q.position > previous.position));
    let orphan = -1;
    const from = previous?.heading.end ?? 0;
    for (const at of markers) {
      if (at < from) continue;
      if (next && at > next.heading.start) break;
      const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
      if (!used.has(at) && /^[ \t]*>/.test(text.slice(lineStart, at))) {
        orphan = at;
        break;
      }
    }
    const line = orphan !== -1 ? lineOf(quoteStart(text, orphan)) : (next?.line ?? null);
    const where =
      orphan !== -1
        ? ` above line ${line}, where question ${n}'s quote starts`
        : next
          ? ` above question ${next.number}`
          : '';
    lints.push({
      rule: 'structure',
      question: n,
      line,
      message:
        `The "### Question ${n}" heading is missing: ` +
        `${verdict(context, `report.py checks the answers after it against the wrong questions`)}. ` +
        `Put the heading back${where}.`,
    });
  }
  return lints;
};

const duplicates = (context: LintContext): Lint[] => {
  const seen = new Map<number, QuestionStructure>();
  const lints: Lint[] = [];
  for (const q of context.report.questions) {
    const first = seen.get(q.number);
    if (!first) {
      seen.set(q.number, q);
      continue;
    }
    lints.push({
      rule: 'structure',
      question: q.number,
      line: q.line,
      message:
        `"### Question ${q.number}" appears twice (lines ${first.line} and ${q.line}): ` +
        `${verdict(context, `report.py stops reading question ${q.number}'s answer at line ${q.line}`)}. ` +
        'Remove or renumber the extra heading (use bold text for a title inside an answer).',
    });
  }
  return lints;
};

const missingMarkers = (context: LintContext, duplicated: Set<number>): Lint[] => {
  const { questions } = context.report;
  if (questions.length > 1 && questions.every((q) => q.answerMarker === null)) {
    return [
      {
        rule: 'structure',
        question: null,
        line: questions[0]!.line,
        message:
          `None of the ${questions.length} questions has a "> Answer:" line: report.py finds no answer at all and ` +
          'stops with an error. Put "> Answer:" back as the last line of every question\'s quote.',
      },
    ];
  }
  return questions
    .filter((q) => q.answerMarker === null && !duplicated.has(q.number))
    .map((q) => ({
      rule: 'structure',
      question: q.number,
      line: q.line,
      message:
        `Question ${q.number} (line ${q.line}) has no "> Answer:" line: ` +
        `${verdict(context, 'report.py checks the answers after it against the wrong questions')}. ` +
        'Put "> Answer:" back as the last line of its quote.',
    }));
};

const headingAfterLast = (context: LintContext): Lint[] => {
  const { report, slices, lineOf } = context;
  const last = slices[slices.length - 1];
  if (!last) return [];
  const at = report.text.indexOf('###', last.start);
  if (at === -1) return [];
  const line = lineOf(at);
  const shown = report.text
    .slice(at)
    .split(/\r\n|\r|\n/)[0]!
    .trim();
  const owner = report.questions.filter((q) => q.answerMarker && q.answerMarker.end <= last.start).at(-1);
  return [
    {
      rule: 'structure',
      question: owner?.number ?? null,
      line,
      message:
        `The heading "${shown}" on line ${line} comes after the last "Answer:": report.py keeps the last answer twice ` +
        `(once cut at this heading, once whole), so ${verdict(context, 'the number of answers is right only by chance')}. ` +
        'Use bold text instead of a "###" heading there, or move that part above the first question.',
    },
  ];
};

/** Breaks in the layout report.py relies on: missing or repeated question headings, missing `> Answer:` lines. */
const check: LintRule['check'] = (context) => {
  const numbers = new Set(context.report.questions.map((q) => q.number));
  const counts = new Map<number, number>();
  for (const q of context.report.questions) counts.set(q.number, (counts.get(q.number) ?? 0) + 1);
  const duplicated = new Set([...counts].filter(([, c]) => c > 1).map(([n]) => n));
  return [
    ...missingHeadings(context, numbers),
    ...duplicates(context),
    ...missingMarkers(context, duplicated),
    ...headingAfterLast(context),
  ];
};

/** The `structure` rule (see `check` above). */
export const structureRule: LintRule = {
  id: 'structure',
  scope: 'report',
  fixable: null,
  description:
    'missing or repeated question headings, missing `> Answer:` lines: report.py then pairs answers with the wrong questions',
  remedy: 'restore the heading or the marker',
  check,
};
