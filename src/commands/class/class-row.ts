import type { HandinFacts } from '../../git/handin/handin-facts.js';
import { type QuestionJson, questionJson } from '../question-json.js';
import { type ChecklistBoxes, checklistBoxes } from '../../report/class/checklist-boxes.js';
import { staffFigure } from '../../report/class/staff-figure.js';
import { plural } from '../../report/plural.js';
import { lintContext } from '../../report/lints/lint-context.js';
import { parseReportStructure } from '../../report/parse-report.js';
import { splitLines } from '../../report/split-lines.js';

/** An image of the graded report, by question and path from the repository's root. */
export interface ClassImage {
  question: number;
  path: string;
}

/** One group of the class at the deadline: the row of `class`'s table, CSV and JSON (names are documented). */
export interface ClassRow {
  /** The roster's group number, or null for a folder of clones. */
  group: string | null;
  /** The clone's folder. */
  folder: string;
  /** The repository's URL: the roster's, else the clone's origin, else null. */
  repo: string | null;
  /** Why the group has no figures (no clone, not a clone, no commit before the deadline, no report), or null. */
  problem: string | null;
  branch: string | null;
  commit: string | null;
  date: string | null;
  year: number | null;
  deadline: string | null;
  report: string | null;
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: QuestionJson[];
  checklist: ChecklistBoxes | null;
  render: { rule: string; question: number | null; line: number | null }[];
  images: { missing: ClassImage[]; notPngJpg: ClassImage[] };
  conflictMarkers: number;
  stranded: {
    question: number;
    branch: string;
    commit: string;
    words: number;
    defaultWords: number;
    likelySuperseded: boolean;
  }[];
  afterDeadline: { commit: string; date: string; subject: string }[];
  /** What the staff's leaderboard shows for this report (31 less report.py's WARNING lines), or null. */
  staff: { passed: number; total: number } | null;
  /** What a human should look at, most urgent first. */
  attention: string[];
  /** How urgently (higher first): the sort key of the table. */
  urgency: number;
}

/** A group's row that has no figures: the clone is missing, or not a clone. */
export const problemRow = (
  entry: { group: string | null; folder: string; repo: string | null },
  problem: string,
): ClassRow => ({
  ...entry,
  problem,
  branch: null,
  commit: null,
  date: null,
  year: null,
  deadline: null,
  report: null,
  fatal: null,
  passed: null,
  total: null,
  questions: [],
  checklist: null,
  render: [],
  images: { missing: [], notPngJpg: [] },
  conflictMarkers: 0,
  stranded: [],
  afterDeadline: [],
  staff: null,
  attention: [problem],
  urgency: 100,
});

const pngJpg = /\.(?:png|jpe?g)$/i;

/** A group's row from what the hand-in engine found at the deadline. */
export const classRow = (
  entry: { group: string | null; folder: string; repo: string | null },
  facts: HandinFacts,
): ClassRow => {
  const judgement = facts.judgement;
  const text = facts.gradedText;
  const graded = facts.graded;
  if (graded === null) {
    const why = facts.problems.find((p) => /no commit before the deadline|nothing to grade/.test(p));
    return problemRow(entry, why ?? facts.problems[0] ?? 'No default branch to grade.');
  }
  const base: ClassRow = {
    ...problemRow(entry, ''),
    problem: null,
    attention: [],
    urgency: 0,
    branch: graded.branch,
    commit: graded.commit,
    date: graded.date,
    year: facts.deadline?.year ?? (judgement === null ? null : Number(judgement.check.generation)),
    deadline: facts.deadline?.iso ?? null,
    afterDeadline: facts.afterDeadline.map((c) => ({ commit: c.commit, date: c.date, subject: c.subject })),
    stranded: facts.stranded.map((s) => ({
      question: s.question,
      branch: s.branch,
      commit: s.commit,
      words: s.words,
      defaultWords: s.defaultWords,
      likelySuperseded: s.likelySuperseded,
    })),
  };
  if (text === null || judgement === null || facts.report === null) {
    const problem = `No report on ${graded.branch} at the deadline (no reports/README.md, nor a file of questions).`;
    return { ...base, problem, attention: [problem], urgency: 100 };
  }
  const lines = splitLines(text);
  const structure = parseReportStructure(text, lines);
  const images = lintContext(structure, { lines }).images.filter((i) => !i.remote && i.path !== '');
  const check = judgement.check;
  const row: ClassRow = {
    ...base,
    report: facts.report.path,
    fatal: check.fatal,
    passed: check.passed,
    total: check.total,
    questions: check.questions.map(questionJson),
    checklist: checklistBoxes(lines, structure.questions[0]?.line ?? null),
    render: judgement.lints
      .filter((l) => l.rule.startsWith('render-'))
      .map((l) => ({ rule: l.rule, question: l.question, line: l.line })),
    images: {
      missing: facts.missingImages.map((m) => ({ question: m.question, path: m.path })),
      notPngJpg: images
        .filter((i) => !pngJpg.test(i.path))
        .map((i) => ({ question: i.question, path: i.path })),
    },
    conflictMarkers: judgement.lints.filter((l) => l.rule === 'conflict-marker').length,
    staff: facts.report.path === 'reports/README.md' ? staffFigure(text) : null,
  };
  return { ...row, ...attentionOf(row) };
};

/** What needs a human in a row, most urgent first, and how urgent the most urgent is. */
export const attentionOf = (row: ClassRow): { attention: string[]; urgency: number } => {
  const found: [number, string][] = [];
  if (row.fatal !== null) found.push([90, `report.py refuses the report: ${row.fatal}`]);
  if (row.conflictMarkers > 0)
    found.push([80, `${plural(row.conflictMarkers, 'conflict marker')} in the report`]);
  const stranded = row.stranded.filter((s) => !s.likelySuperseded);
  if (stranded.length > 0)
    found.push([
      70,
      `${plural(stranded.length, 'answer')} stranded on other branches (${stranded.map((s) => `Q${s.question} on ${s.branch}`).join(', ')})`,
    ]);
  if (row.staff !== null && (row.fatal !== null || row.staff.passed !== row.passed))
    found.push([60, `staff's leaderboard shows ${row.staff.passed}/${row.staff.total}`]);
  if (row.checklist !== null && row.checklist.unusual.length > 0)
    found.push([
      50,
      `${row.checklist.unusual.length} odd checkbox${row.checklist.unusual.length === 1 ? '' : 'es'} (${[...new Set(row.checklist.unusual.map((u) => `[${u.box}]`))].join(' ')})`,
    ]);
  if (row.images.missing.length > 0)
    found.push([40, `${plural(row.images.missing.length, 'missing image')}`]);
  if (row.images.notPngJpg.length > 0)
    found.push([35, `${plural(row.images.notPngJpg.length, 'image')} not PNG or JPEG`]);
  if (row.render.length > 0) found.push([30, `${plural(row.render.length, 'render problem')}`]);
  if (row.afterDeadline.length > 0)
    found.push([20, `${plural(row.afterDeadline.length, 'report commit')} after the deadline`]);
  const failing = row.questions.filter((q) => !q.passed).length;
  if (failing > 0) found.push([10, `${plural(failing, 'failing question')}`]);
  return { attention: found.map(([, why]) => why), urgency: found[0]?.[0] ?? 0 };
};
