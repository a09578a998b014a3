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
import { type NonAsciiChar, nonAsciiChars } from './non-ascii-chars.js';
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
  return {
    report,
    lines,
    lineOf,
    blocks,
    spans,
    slices,
    check: inputs.check ?? checkReport(report.text, newest, split),
    code,
    hidden,
    images: answerImages({ report, spans, slices }),
    checker,
    newest,
    ...(inputs.imageExists ? { imageExists: inputs.imageExists } : {}),
    render: () => (render ??= scanRender({ report, spans, lineOf, lines, blocks, code })),
    nonAscii: () => (nonAscii ??= nonAsciiChars(report.text)),
  };
};
