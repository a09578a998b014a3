import { countImages } from './count-images.js';
import { countWords } from './count-words.js';
import {
  type CheckerVersion,
  type Constraint,
  checkerByVersion,
  generationById,
  newestGeneration,
} from './generations.js';
import type { GenerationId } from './model.js';
import { type ReportPySplit, reportPySplit } from './report-py-slices.js';
import { universalNewlines } from './universal-newlines.js';

/** What report.py computes for one answer. */
export interface QuestionResult {
  /**
   * 1-based position of the answer among those report.py checks: it numbers answers by position, not by heading (a
   * question's identity is its heading's number, `Question.number`; `check --json` still calls this `number`).
   */
  position: number;
  words: number;
  images: number;
  passed: boolean;
  constraint: Constraint | null;
  /** The text report.py counted (universal newlines, outer LFs stripped). */
  answer: string;
}

/** What report.py's `check` computes for a whole report. */
export interface CheckResult {
  /** The exception report.py raises (`ValueError: …`, `IndexError: …`), or null. */
  fatal: string | null;
  passed: number | null;
  total: number | null;
  questions: QuestionResult[];
  generation: GenerationId;
  /** The report.py version reproduced. */
  checker: string;
}

/** Which report.py to reproduce: a template generation's, or a specific upstream version. */
export interface CheckOptions {
  generation?: GenerationId;
  checker?: string;
}

const within = (n: number, range: [number, number] | null): boolean =>
  range === null || (range[0] <= n && n <= range[1]);

/** report.py's verdict on one answer as it sliced it: its words, its images, and whether they are in range. */
export const questionResult = (
  position: number,
  answer: string,
  constraint: Constraint | null,
): QuestionResult => {
  const words = countWords(answer);
  const images = countImages(answer);
  const passed =
    constraint === null || (within(words, constraint.words) && within(images, constraint.images));
  return { position, words, images, passed, constraint, answer };
};

const pickChecker = (options: CheckOptions): CheckerVersion => {
  if (options.checker !== undefined) {
    const found = checkerByVersion(options.checker);
    if (!found) throw new Error(`Unknown report.py version ${options.checker}`);
    return found;
  }
  return generationById(options.generation ?? newestGeneration.id).checker;
};

/** report.py's `strip("\n")` after universal newlines: `\r` and `\n` at either end go. */
export const stripNewlines = (s: string): string => {
  let start = 0;
  let end = s.length;
  const isBreak = (code: number): boolean => code === 10 || code === 13;
  while (start < end && isBreak(s.charCodeAt(start))) start++;
  while (end > start && isBreak(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
};

/**
 * Checks a report exactly as report.py does (by default the newest one, which staff grade with). `split` is the
 * report's slicing by the same algorithm when the caller has it already (see `reportPySplit`).
 */
export const checkReport = (
  text: string,
  options: GenerationId | CheckOptions = {},
  split?: ReportPySplit,
): CheckResult => {
  const opts = typeof options === 'string' ? { generation: options } : options;
  const checker = pickChecker(opts);
  const generation = opts.generation ?? newestGeneration.id;
  const { slices, fatal } = split ?? reportPySplit(text, checker.algorithm);
  const base = { generation, checker: checker.version };
  if (fatal !== null) return { ...base, fatal, passed: null, total: null, questions: [] };
  if (slices.length !== checker.expectedAnswers) {
    return {
      ...base,
      fatal: `ValueError: ${checker.countMessage}`,
      passed: null,
      total: null,
      questions: [],
    };
  }
  const questions = slices.map((slice, i): QuestionResult => {
    const constraint = checker.constraints[i] ?? null;
    // `\r` and `\n` are alike to str.split() and to the image pattern: only the kept text needs converting.
    const answer = universalNewlines(stripNewlines(text.slice(slice.start, slice.end)));
    return questionResult(i + 1, answer, constraint);
  });
  const passed = questions.filter((q) => q.passed).length;
  return { ...base, fatal: null, passed, total: questions.length, questions };
};
