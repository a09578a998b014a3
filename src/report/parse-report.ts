import { detectGeneration } from './detect-generation.js';
import { generationById, generations } from './generations.js';
import { lineIndexAt } from './line-index.js';
import type {
  ChecklistWeek,
  Diagnostic,
  GenerationId,
  Question,
  QuestionStructure,
  Report,
  ReportStructure,
  Section,
  Span,
} from './model.js';
import { parseChecklist } from './parse-checklist.js';
import { type Heading, parseHeading, questionNumber } from './parse-heading.js';
import { placeholderPattern } from './placeholder.js';
import { answerText, readAnswer } from './read-answer.js';
import { type PromptParts, readPrompt, readRecommendedLength } from './read-prompt.js';
import { answerMarker, answerMarkers } from './report-py-slices.js';
import { type Line, splitLines } from './split-lines.js';

const placeholder = new RegExp(placeholderPattern, 'i');
const markerLength = answerMarker.length;

/** A heading line of the report. */
interface HeadingLine {
  index: number;
  heading: Heading;
  /** The question number for `### Question N` headings (level 2 or deeper), else null. */
  question: number | null;
}

/** The question's heading, its `Answer:` and where its block and answer region end, as line indices. */
interface QuestionBlock {
  heading: HeadingLine;
  position: number;
  /** Index of the next `##` or question heading (or the line count). */
  blockEnd: number;
  /** Offset of the `Answer:` this question uses, or null. */
  marker: number | null;
}

const isQuote = (line: Line | undefined): boolean => line?.content.startsWith('>') === true;

/** Every ATX heading of the report, in text order. */
const findHeadings = (lines: readonly Line[]): HeadingLine[] => {
  const headings: HeadingLine[] = [];
  lines.forEach((line, index) => {
    const heading = parseHeading(line.content);
    if (heading)
      headings.push({ index, heading, question: heading.level >= 2 ? questionNumber(heading.title) : null });
  });
  return headings;
};

/** Jekyll front matter (`---\nlayout: …\n---` within 30 lines), or null. */
const frontMatterSpan = (text: string, lines: readonly Line[]): Span | null => {
  if (lines[0]?.content.replace(/^\uFEFF/, '') !== '---') return null;
  const close = lines.slice(1, 30).find((l) => l.content === '---');
  if (!close || !/^layout:/m.test(text.slice(lines[0].next, close.start))) return null;
  return { start: text.startsWith('\uFEFF') ? 1 : 0, end: close.end };
};

/** The `## … checklist` section (with `## Week N` headings promoted by some groups), read as weeks of items. */
const readChecklist = (
  lines: readonly Line[],
  headings: readonly HeadingLine[],
  end: number,
): ChecklistWeek[] => {
  const start = headings.find((h) => h.heading.level === 2 && /checklist/i.test(h.heading.title));
  if (!start) return [];
  const stop = headings.find(
    (h) => h.index > start.index && h.heading.level <= 2 && !/^(?:week\b|extra\b)/i.test(h.heading.title),
  );
  return parseChecklist(lines.slice(start.index + 1, stop?.index ?? end));
};

/**
 * Each question heading with its block (up to the next `##` or question heading) and the `Answer:` it uses: the
 * first one in a `>` quote inside the block, else the first one there. Headings and markers are in text order, and so
 * are the questions: one pass with cursors, not a scan per question.
 */
const questionBlocks = (
  lines: readonly Line[],
  headings: readonly HeadingLine[],
  markers: readonly number[],
): QuestionBlock[] => {
  const blocks: QuestionBlock[] = [];
  let headingAt = 0;
  let markerAt = 0;
  for (const heading of headings) {
    headingAt++;
    if (heading.question === null) continue;
    let next = headingAt;
    while (next < headings.length && headings[next]!.heading.level > 2 && headings[next]!.question === null)
      next++;
    const blockEnd = headings[next]?.index ?? lines.length;
    const blockEndOffset = lines[blockEnd]?.start ?? Infinity;
    while (markerAt < markers.length && markers[markerAt]! <= lines[heading.index]!.end) markerAt++;
    let marker: number | null = null;
    for (let i = markerAt; i < markers.length && markers[i]! < blockEndOffset; i++) {
      if (isQuote(lines[lineIndexAt(lines, markers[i]!)])) {
        marker = markers[i]!;
        break;
      }
      marker ??= markers[i]!;
    }
    blocks.push({ heading, position: blocks.length, blockEnd, marker });
  }
  return blocks;
};

/**
 * The answer region's end (a line index): the next `##`-or-deeper heading, or the start of the quote holding a further
 * `> Answer:` (a deleted heading must not let one answer swallow the next question's prompt).
 */
const regionEnd = (
  lines: readonly Line[],
  headings: readonly HeadingLine[],
  markers: readonly number[],
  marker: number,
  markerLine: number,
): number => {
  let end = headings.find((h) => h.index > markerLine && h.heading.level >= 2)?.index ?? lines.length;
  const nextMarker = markers[markers.indexOf(marker) + 1];
  if (nextMarker !== undefined) {
    let next = lineIndexAt(lines, nextMarker);
    if (next > markerLine && next < end && isQuote(lines[next])) {
      while (next > 0 && isQuote(lines[next - 1])) next--;
      end = next;
    }
  }
  return end;
};

/** The quote above the answer (`>` markers removed): where the prompt, length and example are read from. */
const quoteText = (lines: readonly Line[], from: number, to: number): string =>
  lines
    .slice(from, to)
    .map((l) => l.content.replace(/^>\s?/, ''))
    .join('\n');

/** The quote holding a question's prompt: the lines below its heading up to its `Answer:` line (or block end). */
const promptLines = (lines: readonly Line[], block: QuestionBlock): [number, number] => [
  block.heading.index + 1,
  block.marker === null ? block.blockEnd : lineIndexAt(lines, block.marker) + 1,
];

/** The prompt, recommended length and example of a question, read from the quote above its answer. */
const readQuestionPrompt = (lines: readonly Line[], block: QuestionBlock): PromptParts =>
  readPrompt(quoteText(lines, ...promptLines(lines, block)));

/** One question's structure as plain data, read from its block. */
const readQuestion = (
  text: string,
  lines: readonly Line[],
  headings: readonly HeadingLine[],
  markers: readonly number[],
  sections: readonly Section[],
  block: QuestionBlock,
): QuestionStructure => {
  const headingLine = lines[block.heading.index]!;
  const section = sections.findLast((s) => s.line < headingLine.number)?.title ?? null;
  // One object literal with every field, in one order: spreading a shared base into two shapes cost a quarter of
  // the parse (V8 built each question property by property).
  const marker = block.marker;
  const markerLineIndex = marker === null ? -1 : lineIndexAt(lines, marker);
  const markerLine = lines[markerLineIndex];
  const region =
    marker === null
      ? { start: headingLine.next, end: headingLine.next }
      : {
          start: marker + markerLength,
          end: lines[regionEnd(lines, headings, markers, marker, markerLineIndex)]?.start ?? text.length,
        };
  const parts = marker === null ? null : readAnswer(text, region);
  const markerInQuote = isQuote(markerLine);
  return {
    number: block.heading.question!,
    position: block.position,
    section,
    heading: { start: headingLine.start, end: headingLine.end },
    line: headingLine.number,
    answerMarker: marker === null ? null : { start: marker, end: marker + markerLength },
    answerLine: markerLine?.number ?? null,
    markerInQuote,
    region,
    answer: parts === null ? '' : answerText(parts),
    inlineAnswer: parts !== null && markerInQuote ? parts.inline : null,
    placeholder: parts !== null && placeholder.test(text.slice(region.start, region.end)),
  };
};

/** A question without `Answer:`: report.py merges it into the one before. */
const missingAnswers = (questions: readonly QuestionStructure[]): Diagnostic[] =>
  questions
    .filter((q) => q.answerMarker === null)
    .map((q) => ({
      code: 'missing-answer',
      message: `Question ${q.number} has no "Answer:" line, so report.py merges it into the question before it.`,
      line: q.line,
      question: q.number,
    }));

/** A `> Answer:` below the first question that no question uses: report.py drops that answer. */
const orphanAnswers = (
  lines: readonly Line[],
  blocks: readonly QuestionBlock[],
  markers: readonly number[],
) => {
  const used = new Set(blocks.map((b) => b.marker));
  const firstQuestion = blocks[0] ? lines[blocks[0].heading.index]!.start : 0;
  return markers.flatMap((m): Diagnostic[] => {
    const line = lines[lineIndexAt(lines, m)]!;
    if (used.has(m) || !isQuote(line) || line.start < firstQuestion) return [];
    return [
      {
        code: 'orphan-answer',
        message: `The "Answer:" on line ${line.number} has no "### Question" heading above it: report.py drops that answer.`,
        line: line.number,
        question: null,
      },
    ];
  });
};

// The question counts of the templates, for the message on a report that matches none ("27 or 31").
const templateCounts = [...new Set(generations.map((g) => g.questions))].sort((a, b) => a - b);

/** Questions twice, questions missing from the detected template, or no template matched. */
const countDiagnostics = (
  questions: readonly QuestionStructure[],
  generation: GenerationId | null,
): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<number, QuestionStructure>();
  for (const q of questions) {
    const first = seen.get(q.number);
    if (first) {
      diagnostics.push({
        code: 'duplicate-question',
        message: `Question ${q.number} appears twice (lines ${first.line} and ${q.line}).`,
        line: q.line,
        question: q.number,
      });
    } else seen.set(q.number, q);
  }
  if (generation === null) {
    diagnostics.push({
      code: 'unknown-template',
      message: `Found ${questions.length} question headings; the exam templates have ${templateCounts.slice(0, -1).join(', ')} or ${templateCounts.at(-1)}.`,
      line: null,
      question: null,
    });
    return diagnostics;
  }
  const expected = generationById(generation).questions;
  for (let n = 1; n <= expected; n++) {
    if (seen.has(n)) continue;
    diagnostics.push({
      code: 'missing-question',
      message: `Question ${n}'s "### Question ${n}" heading is missing, so report.py will not see ${expected} answers.`,
      line: null,
      question: n,
    });
  }
  return diagnostics;
};

/** A report's structure with the pieces `parseReport` reads on from. */
const readStructure = (text: string, lines: readonly Line[]) => {
  const headings = findHeadings(lines);
  const markers = answerMarkers(text);
  const sections: Section[] = headings
    .filter((h) => h.heading.level === 2)
    .map((h) => ({ title: h.heading.title, line: h.index + 1 }));
  const blocks = questionBlocks(lines, headings, markers);
  const questions = blocks.map((block) => readQuestion(text, lines, headings, markers, sections, block));
  // Only Q3's length tells two templates apart: read that one length, not the prompts.
  const q3 = blocks.find((b) => b.heading.question === 3);
  const generation = detectGeneration(
    text,
    questions.length,
    q3 ? readRecommendedLength(quoteText(lines, ...promptLines(lines, q3))) : null,
  );
  const firstBreak = /\r\n|\r|\n/.exec(text);
  const structure: ReportStructure = {
    text,
    eol: (firstBreak?.[0] ?? '\n') as ReportStructure['eol'],
    bom: text.startsWith('\uFEFF'),
    frontMatter: frontMatterSpan(text, lines),
    sections,
    questions,
    generation,
    diagnostics: [
      ...missingAnswers(questions),
      ...orphanAnswers(lines, blocks, markers),
      ...countDiagnostics(questions, generation),
    ],
  };
  return { structure, headings, blocks };
};

/**
 * A report's structure: sections, questions with their answers' offsets, the template, diagnostics; what `check`
 * and the lints read. It reads no prompts and no checklist (on `check`'s path that was half the parse): `parseReport`
 * adds them. `lines` are the text's lines when the caller has split it already (`check` passes them to the lints).
 */
export const parseReportStructure = (
  text: string,
  lines: readonly Line[] = splitLines(text),
): ReportStructure => readStructure(text, lines).structure;

/** Parses a report of any template generation; broken structure becomes diagnostics, never an exception. */
export const parseReport = (text: string, lines: readonly Line[] = splitLines(text)): Report => {
  const { structure, headings, blocks } = readStructure(text, lines);
  const checklist = readChecklist(lines, headings, blocks[0]?.heading.index ?? lines.length);
  const questions = structure.questions.map((question, i): Question => ({
    ...question,
    ...readQuestionPrompt(lines, blocks[i]!),
  }));
  return { ...structure, questions, checklist, items: checklist.flatMap((w) => w.items) };
};
