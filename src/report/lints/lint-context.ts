import { type CheckResult, checkReport } from '../check-report.js';
import { type CheckerVersion, generationById, newestGeneration } from '../generations.js';
import { lineIndex } from '../line-index.js';
import type { GenerationId, ReportStructure, Span } from '../model.js';
import { type ReportPySlice, reportPySplit } from '../report-py-slices.js';
import { type Line, splitLines } from '../split-lines.js';
import { type AnswerImage, answerImages } from './answer-images.js';
import { answerSpans } from './answer-spans.js';
import { type BlockLine } from '../markdown/block-line.js';
import { type HiddenRange, scanBlocks } from '../markdown/scan-blocks.js';
import type { Counts } from './lint.js';
import { type NonAsciiChar, nonAsciiChars } from './non-ascii-chars.js';
import { reportPyCounts } from './report-py-counts.js';
import { type RenderScan, scanRender } from './render-scan.js';

/** What every lint rule reads: the parsed report plus the views of it the rules share, each computed once. */
export interface LintContext {
  report: ReportStructure;
  /** The report's lines (see `splitLines`). */
  lines: readonly Line[];
  /** 1-based line of a text offset. */
  lineOf: (offset: number) => number;
  /** Each question's answer as the student meant it, parallel to `report.questions` (see `answerSpans`). */
  spans: (Span | null)[];
  /** How today's report.py slices the text. */
  slices: ReportPySlice[];
  /** Today's report.py's verdict on the report (what `check` prints). */
  check: CheckResult;
  /** The report's lines as the Markdown block scanner classified them, once (see `scanBlocks`). */
  blocks: readonly BlockLine[];
  /** The fenced code blocks and inline code spans (see `BlockScan.code`). */
  code: Span[];
  /** Code (in quotes and lists too) and HTML comments that hide an image report.py counts (see `BlockScan`). */
  hidden: HiddenRange[];
  /** Every image in report.py's pattern inside the answers (see `answerImages`). */
  images: AnswerImage[];
  /** Today's report.py: how many answers it expects and its limits. */
  checker: CheckerVersion;
  /** The generation staff grade with today. */
  newest: GenerationId;
  /** Whether an image path (relative to the report's folder, URL-decoded) exists; absent = not checked. */
  imageExists?: (relativePath: string) => boolean;
  /** The render scan of every answer, which the render rules share: made on the first call, then kept. */
  render: () => RenderScan;
  /**
   * report.py's words and images in `slices[index]`: the check's own figures where it checked these slices, otherwise
   * counted on the first call and kept.
   */
  sliceCounts: (index: number) => Counts;
  /** The text's characters outside ASCII (see `nonAsciiChars`), found once for the rules about Windows. */
  nonAscii: () => readonly NonAsciiChar[];
}

/** What the caller can tell `lintContext` about the world outside the text, and what it has computed already. */
export interface LintInputs {
  /** Whether an image path (relative to the report's folder) exists; without it images are not looked up. */
  imageExists?: (relativePath: string) => boolean;
  /** The generation graded today (default: the newest). */
  newest?: GenerationId;
  /** The report's lines, when the caller split it already (`parseReport` takes them too). */
  lines?: readonly Line[];
  /** Today's report.py's verdict on the text (for `newest`), when the caller has it: the wizard checks before it lints. */
  check?: CheckResult;
}

/** The lint context of a report: every shared view computed once, here, and passed to every rule. */
export const lintContext = (report: ReportStructure, inputs: LintInputs = {}): LintContext => {
  const newest = inputs.newest ?? newestGeneration.id;
  const checker = generationById(newest).checker;
  const lines = inputs.lines ?? splitLines(report.text);
  const split = reportPySplit(report.text, checker.algorithm);
  const { lines: blocks, code, hidden } = scanBlocks(report.text, lines);
  const spans = answerSpans(report, lines, blocks);
  // The rules read today's algorithm's offsets; a legacy `newest` would shift them (see windows-count-rule).
  const slices = checker.algorithm === 'current' ? split.slices : reportPySplit(report.text).slices;
  const lineOf = lineIndex(lines);
  let render: RenderScan | undefined;
  let nonAscii: NonAsciiChar[] | undefined;
  const check = inputs.check ?? checkReport(report.text, newest, split);
  // The check's answers are these slices, one for one, when it checked today's algorithm and did not stop.
  const checked =
    checker.algorithm === 'current' &&
    check.checker === checker.version &&
    check.fatal === null &&
    check.questions.length === slices.length;
  const counted = new Map<number, Counts>();
  const sliceCounts = (index: number): Counts => {
    const question = checked ? check.questions[index] : undefined;
    if (question !== undefined) return { words: question.words, images: question.images };
    let counts = counted.get(index);
    if (counts === undefined) {
      const slice = slices[index]!;
      counts = reportPyCounts(report.text.slice(slice.start, slice.end));
      counted.set(index, counts);
    }
    return counts;
  };
  return {
    report,
    lines,
    lineOf,
    blocks,
    spans,
    slices,
    check,
    code,
    hidden,
    images: answerImages({ report, spans, slices }),
    checker,
    newest,
    ...(inputs.imageExists ? { imageExists: inputs.imageExists } : {}),
    render: () => (render ??= scanRender({ report, spans, lineOf, lines, blocks, code })),
    sliceCounts,
    nonAscii: () => (nonAscii ??= nonAsciiChars(report.text)),
  };
};
