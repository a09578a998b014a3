import type { Report } from '../model.js';
import { parseReport } from '../parse-report.js';

/** One region of a report: a slice of its text with a key that names the same region in another version. */
export interface ReportRegion {
  /** `preamble`, `checklist`, `item:N`, `item:N:after`, `QN.heading`, `QN.prompt`, `QN.answer`, `QN.after`. */
  key: string;
  /** How a conflict in it is labelled: `Question 31`, `Checklist item 4`, `Question 5 (prompt)`, `Preamble`. */
  label: string;
  /** The question it belongs to, or null. */
  question: number | null;
  /** The checklist item (1-based, as `status` numbers them) it is, or null. */
  item: number | null;
  /** Offset of the item's `[ ]` mark inside `text`, for items. */
  markAt: number | null;
  text: string;
}

interface Boundary {
  at: number;
  key: string;
  label: string;
  question: number | null;
  item: number | null;
  markAt: number | null;
}

/** Where the line after the one ending at `end` (a line's content end) starts. */
const nextLine = (text: string, end: number): number =>
  text.startsWith('\r\n', end) ? end + 2 : end < text.length ? end + 1 : end;

/** Where the line holding `offset` starts. */
const lineStart = (text: string, offset: number): number => {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
};

const quoteOrBlank = /^(?:[ \t]*|[ \t]{0,3}>.*)$/;
const deeperHeading = /^ {0,3}#{2,6}(?:[ \t]|$)/;

/**
 * A question without `Answer:`: its answer runs from the end of the quote below the heading (its last `>` line; blank
 * lines after it belong to the answer, where a version that adds `> Answer:` puts its line) to the next
 * `##`-or-deeper heading.
 */
const unmarkedAnswer = (text: string, from: number): [number, number] => {
  const line = /([^\r\n]*)(?:\r\n|\r|\n|$)/y;
  const next = (at: number): string => {
    line.lastIndex = at;
    return line.exec(text)![1]!;
  };
  let at = from;
  let start = from;
  while (at < text.length) {
    const content = next(at);
    if (!quoteOrBlank.test(content)) break;
    at = line.lastIndex;
    if (content.trimStart().startsWith('>')) start = at;
  }
  let stop = start;
  while (stop < text.length && !deeperHeading.test(next(stop))) stop = line.lastIndex;
  return [start, stop];
};

/**
 * A report (without its BOM) cut into regions, in order, whose texts joined are the report: the preamble, each
 * checklist item (`perItem`; else the checklist as one region), each question's heading, prompt (down to the line
 * holding its `Answer:`), answer region (from that line to report.py's end of the answer) and what follows up to the
 * next region. Null when the cuts do not come in text order (a structure too broken to merge region by region).
 */
export const reportRegions = (
  text: string,
  perItem = true,
  report: Report = parseReport(text),
): ReportRegion[] | null => {
  const boundaries: Boundary[] = [
    { at: 0, key: 'preamble', label: 'Preamble', question: null, item: null, markAt: null },
  ];
  const add = (
    at: number,
    key: string,
    label: string,
    question: number | null = null,
    item: number | null = null,
  ) => boundaries.push({ at, key, label, question, item, markAt: null });
  const items = report.items;
  if (perItem) {
    for (const item of items) {
      const start = lineStart(text, item.span.start);
      add(start, `item:${item.index}`, `Checklist item ${item.index}`, null, item.index);
      boundaries.at(-1)!.markAt = item.markOffset - start;
      add(nextLine(text, item.span.end), `item:${item.index}:after`, `Checklist (after item ${item.index})`);
    }
  } else if (items.length > 0) {
    add(lineStart(text, items[0]!.span.start), 'checklist', 'Checklist');
    add(nextLine(text, items.at(-1)!.span.end), 'checklist:after', 'Checklist (after its last item)');
  }
  const seen = new Map<number, number>();
  for (const q of report.questions) {
    const times = (seen.get(q.number) ?? 0) + 1;
    seen.set(q.number, times);
    const id = times === 1 ? `Q${q.number}` : `Q${q.number}#${times}`;
    const name = `Question ${q.number}`;
    add(q.heading.start, `${id}.heading`, `${name} (heading)`, q.number);
    const promptStart = nextLine(text, q.heading.end);
    add(promptStart, `${id}.prompt`, `${name} (prompt)`, q.number);
    // Without `Answer:` the answer is what follows the prompt's quote: every version keeps the same regions.
    const [answerStart, answerEnd] =
      q.answerMarker === null
        ? unmarkedAnswer(text, promptStart)
        : [lineStart(text, q.answerMarker.start), q.region.end];
    add(answerStart, `${id}.answer`, name, q.number);
    add(answerEnd, `${id}.after`, `${name} (after its answer)`, q.number);
  }
  boundaries.sort((a, b) => a.at - b.at);
  const regions: ReportRegion[] = [];
  for (let i = 0; i < boundaries.length; i++) {
    const { at, ...rest } = boundaries[i]!;
    const end = boundaries[i + 1]?.at ?? text.length;
    if (end < at) return null;
    regions.push({ ...rest, text: text.slice(at, end) });
  }
  return regions;
};
