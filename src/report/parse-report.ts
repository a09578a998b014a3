import { detectGeneration } from './detect-generation.js';
import type { ChecklistItem, ChecklistWeek, Diagnostic, Question, Report, Section, Span } from './model.js';
import { parseChecklist } from './parse-checklist.js';
import { type Heading, parseHeading, questionNumber } from './parse-heading.js';
import { answerText, readAnswer } from './read-answer.js';
import { type PromptParts, readPrompt } from './read-prompt.js';
import { type Line, splitLines } from './split-lines.js';
import { placeholderPattern } from './placeholder.js';

const placeholder = new RegExp(placeholderPattern, 'i');

const frontMatterSpan = (text: string, lines: readonly Line[], offset: number): Span | null => {
  if (lines[0]?.content.replace(/^\uFEFF/, '') !== '---') return null;
  const close = lines.slice(1, 30).find((l) => l.content === '---');
  if (!close || !/^layout:/m.test(text.slice(lines[0].next, close.start))) return null;
  return { start: offset, end: close.end };
};

/** The line index where the quote block holding line `index` starts (or `index` when it is not a quote line). */
const quoteStart = (lines: readonly Line[], index: number): number => {
  let i = index;
  while (i > 0 && lines[i]!.content.startsWith('>') && lines[i - 1]!.content.startsWith('>')) i--;
  return i;
};

/**
 * Adds `prompt`, `recommendedLength` and `example` as enumerable getters read on first use: `check` never needs
 * them, and reading every prompt was a sizeable share of checking 1,000 reports.
 */
const withPrompt = <T extends object>(target: T, quote: () => string): T & PromptParts => {
  let parts: PromptParts | undefined;
  for (const key of ['prompt', 'recommendedLength', 'example'] as const) {
    Object.defineProperty(target, key, { enumerable: true, get: () => (parts ??= readPrompt(quote()))[key] });
  }
  return target as T & PromptParts;
};

interface HeadingLine {
  index: number;
  heading: Heading;
  /** The question number for `### Question N` headings (level 2 or deeper), else null. */
  question: number | null;
}

/** Parses a report of any template generation; broken structure becomes diagnostics, never an exception. */
export const parseReport = (text: string): Report => {
  const lines = splitLines(text);
  const bom = text.startsWith('\uFEFF');
  const firstBreak = /\r\n|\r|\n/.exec(text);
  const eol = firstBreak?.[0] === '\r\n' ? '\r\n' : '\n';
  const diagnostics: Diagnostic[] = [];

  const headings: HeadingLine[] = [];
  lines.forEach((line, index) => {
    const heading = parseHeading(line.content);
    if (heading) {
      const question = heading.level >= 2 ? questionNumber(heading.title) : null;
      headings.push({ index, heading, question });
    }
  });
  const lineOfOffset = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const sections: Section[] = headings
    .filter((h) => h.heading.level === 2)
    .map((h) => ({ title: h.heading.title, line: h.index + 1 }));

  const questionHeadings = headings.filter((h) => h.question !== null);
  const firstQuestionIndex = questionHeadings[0]?.index ?? lines.length;

  const checklistHeading = headings.find((h) => h.heading.level === 2 && /checklist/i.test(h.heading.title));
  // Some groups promoted `### Week 1` to `## Week 1`: those stay inside the checklist.
  const checklistEnd =
    headings.find(
      (h) =>
        checklistHeading &&
        h.index > checklistHeading.index &&
        h.heading.level <= 2 &&
        !/^(?:week\b|extra\b)/i.test(h.heading.title),
    )?.index ?? firstQuestionIndex;
  let checklist: ChecklistWeek[] | undefined;
  // Read on first use, like prompts: `check` never looks at the checklist.
  const readChecklist = (): ChecklistWeek[] =>
    (checklist ??= checklistHeading
      ? parseChecklist(lines.slice(checklistHeading.index + 1, checklistEnd))
      : []);

  // Every literal `Answer:` (report.py splits on each), to bound regions and find markers.
  const markers: number[] = [];
  for (let at = text.indexOf('Answer:'); at !== -1; at = text.indexOf('Answer:', at + 7)) markers.push(at);
  const usedMarkers = new Set<number>();

  let headingAt = 0;
  let markerAt = 0;
  let sectionAt = -1;
  const questions: Question[] = questionHeadings.map((h, position): Question => {
    const headingLine = lines[h.index]!;
    // Headings, markers and sections are in text order, and so are the questions: walk them with cursors.
    while (headingAt < headings.length && headings[headingAt]!.index <= h.index) headingAt++;
    let blockEndIndex = lines.length;
    for (let i = headingAt; i < headings.length; i++) {
      const next = headings[i]!;
      if (next.heading.level <= 2 || next.question !== null) {
        blockEndIndex = next.index;
        break;
      }
    }
    const blockEnd = lines[blockEndIndex]?.start ?? text.length;
    while (markerAt < markers.length && markers[markerAt]! <= headingLine.end) markerAt++;
    const candidates: number[] = [];
    for (let i = markerAt; i < markers.length && markers[i]! < blockEnd; i++) candidates.push(markers[i]!);
    const marker =
      candidates.find((m) => lines[lineOfOffset(m)]!.content.startsWith('>')) ?? candidates[0] ?? null;
    while (sectionAt + 1 < sections.length && sections[sectionAt + 1]!.line < headingLine.number) sectionAt++;
    const section = sectionAt >= 0 ? sections[sectionAt]!.title : null;
    const base = {
      number: questionNumber(h.heading.title)!,
      position,
      section,
      heading: { start: headingLine.start, end: headingLine.end },
      line: headingLine.number,
    };
    if (marker === null) {
      const quote = (): string =>
        lines
          .slice(h.index + 1, blockEndIndex)
          .map((l) => l.content.replace(/^>\s?/, ''))
          .join('\n');
      diagnostics.push({
        code: 'missing-answer',
        message: `Question ${base.number} has no "Answer:" line, so report.py merges it into the question before it.`,
        line: headingLine.number,
        question: base.number,
      });
      return withPrompt(
        {
          ...base,
          answerMarker: null,
          answerLine: null,
          markerInQuote: false,
          region: { start: headingLine.next, end: headingLine.next },
          answer: '',
          inlineAnswer: null,
          placeholder: false,
        },
        quote,
      );
    }
    usedMarkers.add(marker);
    const markerLineIndex = lineOfOffset(marker);
    const markerLine = lines[markerLineIndex]!;
    const markerInQuote = markerLine.content.startsWith('>');
    // The region ends at the next ##-or-deeper heading line, or before the quote of a further `Answer:`
    // (a deleted heading must not let one answer swallow the next question's prompt).
    let nextHeading: HeadingLine | undefined;
    for (let i = headingAt; i < headings.length && !nextHeading; i++) {
      const next = headings[i]!;
      if (next.index > markerLineIndex && next.heading.level >= 2) nextHeading = next;
    }
    let endIndex = nextHeading?.index ?? lines.length;
    const nextMarker = markers[markers.indexOf(marker) + 1];
    if (nextMarker !== undefined) {
      const nextLine = lineOfOffset(nextMarker);
      if (nextLine > markerLineIndex && nextLine < endIndex && lines[nextLine]!.content.startsWith('>')) {
        endIndex = quoteStart(lines, nextLine);
      }
    }
    const region = { start: marker + 7, end: lines[endIndex]?.start ?? text.length };
    const parts = readAnswer(text, region);
    const quote = (): string =>
      lines
        .slice(h.index + 1, markerLineIndex + 1)
        .map((l) => l.content.replace(/^>\s?/, ''))
        .join('\n');
    return withPrompt(
      {
        ...base,
        answerMarker: { start: marker, end: marker + 7 },
        answerLine: markerLine.number,
        markerInQuote,
        region,
        answer: answerText(parts),
        inlineAnswer: markerInQuote ? parts.inline : null,
        placeholder: placeholder.test(text.slice(region.start, region.end)),
      },
      quote,
    );
  });

  for (const m of markers) {
    const line = lines[lineOfOffset(m)]!;
    if (
      usedMarkers.has(m) ||
      !line.content.startsWith('>') ||
      line.start < (questionHeadings[0] ? lines[firstQuestionIndex]!.start : 0)
    )
      continue;
    diagnostics.push({
      code: 'orphan-answer',
      message: `The "Answer:" on line ${line.number} has no "### Question" heading above it: report.py drops that answer.`,
      line: line.number,
      question: null,
    });
  }

  const generation = detectGeneration(text, questions);
  const expected = generation === '2023' || generation === '2024' ? 27 : 31;
  const seen = new Map<number, Question>();
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
  if (generation !== null) {
    for (let n = 1; n <= expected; n++) {
      if (!seen.has(n)) {
        diagnostics.push({
          code: 'missing-question',
          message: `Question ${n}'s "### Question ${n}" heading is missing, so report.py will not see ${expected} answers.`,
          line: null,
          question: n,
        });
      }
    }
  } else {
    diagnostics.push({
      code: 'unknown-template',
      message: `Found ${questions.length} question headings; the exam templates have 27 or 31.`,
      line: null,
      question: null,
    });
  }

  let items: ChecklistItem[] | undefined;
  const report = {
    text,
    eol,
    bom,
    frontMatter: frontMatterSpan(text, lines, bom ? 1 : 0),
    sections,
    questions,
    generation,
    diagnostics,
  } as Report;
  Object.defineProperty(report, 'checklist', { enumerable: true, get: readChecklist });
  Object.defineProperty(report, 'items', {
    enumerable: true,
    get: () => (items ??= readChecklist().flatMap((w) => w.items)),
  });
  return report;
};
