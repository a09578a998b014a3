import { detectGeneration } from './detect-generation.js';
import type { Diagnostic, Question, Report, Section, Span } from './model.js';
import { parseChecklist } from './parse-checklist.js';
import { type Heading, parseHeading, questionNumber } from './parse-heading.js';
import { answerText, readAnswer } from './read-answer.js';
import { readPrompt } from './read-prompt.js';
import { type Line, splitLines } from './split-lines.js';

const placeholder = /---\s*question\s+\d+\s+fill\s+here\s*---/i;

const frontMatterSpan = (text: string, lines: Line[], offset: number): Span | null => {
  if (lines[0]?.content.replace(/^\uFEFF/, '') !== '---') return null;
  const close = lines.slice(1, 30).find((l) => l.content === '---');
  if (!close || !/^layout:/m.test(text.slice(lines[0].next, close.start))) return null;
  return { start: offset, end: close.end };
};

/** The line index where the quote block holding line `index` starts (or `index` when it is not a quote line). */
const quoteStart = (lines: Line[], index: number): number => {
  let i = index;
  while (i > 0 && lines[i]!.content.startsWith('>') && lines[i - 1]!.content.startsWith('>')) i--;
  return i;
};

interface HeadingLine {
  index: number;
  heading: Heading;
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
    if (heading) headings.push({ index, heading });
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

  const questionHeadings = headings.filter(
    (h) => h.heading.level >= 2 && questionNumber(h.heading.title) !== null,
  );
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
  const checklist = checklistHeading
    ? parseChecklist(lines.slice(checklistHeading.index + 1, checklistEnd))
    : [];

  // Every literal `Answer:` (report.py splits on each), to bound regions and find markers.
  const markers: number[] = [];
  for (let at = text.indexOf('Answer:'); at !== -1; at = text.indexOf('Answer:', at + 7)) markers.push(at);
  const usedMarkers = new Set<number>();

  const questions: Question[] = questionHeadings.map((h, position): Question => {
    const headingLine = lines[h.index]!;
    const blockEndIndex =
      headings.find(
        (next) =>
          next.index > h.index && (next.heading.level <= 2 || questionNumber(next.heading.title) !== null),
      )?.index ?? lines.length;
    const blockEnd = lines[blockEndIndex]?.start ?? text.length;
    const candidates = markers.filter((m) => m > headingLine.end && m < blockEnd);
    const marker =
      candidates.find((m) => lines[lineOfOffset(m)]!.content.startsWith('>')) ?? candidates[0] ?? null;
    const section = [...sections].reverse().find((s) => s.line < headingLine.number)?.title ?? null;
    const base = {
      number: questionNumber(h.heading.title)!,
      position,
      section,
      heading: { start: headingLine.start, end: headingLine.end },
      line: headingLine.number,
    };
    if (marker === null) {
      const quote = lines
        .slice(h.index + 1, blockEndIndex)
        .map((l) => l.content.replace(/^>\s?/, ''))
        .join('\n');
      diagnostics.push({
        code: 'missing-answer',
        message: `Question ${base.number} has no "Answer:" line, so report.py merges it into the question before it.`,
        line: headingLine.number,
        question: base.number,
      });
      return {
        ...base,
        ...readPrompt(quote),
        answerMarker: null,
        answerLine: null,
        markerInQuote: false,
        region: { start: headingLine.next, end: headingLine.next },
        answer: '',
        inlineAnswer: null,
        placeholder: false,
      };
    }
    usedMarkers.add(marker);
    const markerLineIndex = lineOfOffset(marker);
    const markerLine = lines[markerLineIndex]!;
    const markerInQuote = markerLine.content.startsWith('>');
    // The region ends at the next ##-or-deeper heading line, or before the quote of a further `Answer:`
    // (a deleted heading must not let one answer swallow the next question's prompt).
    const nextHeading = headings.find((next) => next.index > markerLineIndex && next.heading.level >= 2);
    let endIndex = nextHeading?.index ?? lines.length;
    const nextMarker = markers.find((m) => m > marker + 7);
    if (nextMarker !== undefined) {
      const nextLine = lineOfOffset(nextMarker);
      if (nextLine > markerLineIndex && nextLine < endIndex && lines[nextLine]!.content.startsWith('>')) {
        endIndex = quoteStart(lines, nextLine);
      }
    }
    const region = { start: marker + 7, end: lines[endIndex]?.start ?? text.length };
    const parts = readAnswer(text, region);
    const quote = lines
      .slice(h.index + 1, markerLineIndex + 1)
      .map((l) => l.content.replace(/^>\s?/, ''))
      .join('\n');
    return {
      ...base,
      ...readPrompt(quote),
      answerMarker: { start: marker, end: marker + 7 },
      answerLine: markerLine.number,
      markerInQuote,
      region,
      answer: answerText(parts),
      inlineAnswer: markerInQuote ? parts.inline : null,
      placeholder: placeholder.test(text.slice(region.start, region.end)),
    };
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

  const items = checklist.flatMap((w) => w.items);
  return {
    text,
    eol,
    bom,
    frontMatter: frontMatterSpan(text, lines, bom ? 1 : 0),
    checklist,
    items,
    sections,
    questions,
    generation,
    diagnostics,
  };
};
