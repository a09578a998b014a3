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
import { splitAnswers } from './split-answers.js';
import { universalNewlines } from './universal-newlines.js';

/** What report.py computes for one answer. */
export interface QuestionResult {
  /** 1-based position of the answer: report.py numbers answers by position, not by heading. */
  number: number;
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

const pickChecker = (options: CheckOptions): CheckerVersion => {
  if (options.checker !== undefined) {
    const found = checkerByVersion(options.checker);
    if (!found) throw new Error(`Unknown report.py version ${options.checker}`);
    return found;
  }
  return generationById(options.generation ?? newestGeneration.id).checker;
};

/** Checks a report exactly as report.py does (by default the newest one, which staff grade with). */
export const checkReport = (text: string, options: GenerationId | CheckOptions = {}): CheckResult => {
  const opts = typeof options === 'string' ? { generation: options } : options;
  const checker = pickChecker(opts);
  const generation = opts.generation ?? newestGeneration.id;
  const split = splitAnswers(universalNewlines(text), checker);
  const base = { generation, checker: checker.version };
  if (split.fatal !== null) return { ...base, fatal: split.fatal, passed: null, total: null, questions: [] };
  if (split.answers.length !== checker.expectedAnswers) {
    return {
      ...base,
      fatal: `ValueError: ${checker.countMessage}`,
      passed: null,
      total: null,
      questions: [],
    };
  }
  const questions = split.answers.map((answer, i): QuestionResult => {
    const constraint = checker.constraints[i] ?? null;
    const words = countWords(answer);
    const images = countImages(answer);
    const passed =
      constraint === null || (within(words, constraint.words) && within(images, constraint.images));
    return { number: i + 1, words, images, passed, constraint, answer };
  });
  const passed = questions.filter((q) => q.passed).length;
  return { ...base, fatal: null, passed, total: questions.length, questions };
};
