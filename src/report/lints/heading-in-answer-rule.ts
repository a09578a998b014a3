import { plural } from '../plural.js';
import { countImages } from '../count-images.js';
import { countWords } from '../count-words.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

interface Cut {
  /** How to name the place: `the heading "### Usage"`, `"## comment"`, `the "##" in "C##"`. */
  what: string;
  advice: string;
}

/** What sits where report.py cuts: a heading line, a `#` run inside a line (code, `--- ###`), or a word like `C##`. */
const describeCut = (text: string, at: number, inCode: boolean): Cut => {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const lineEnd = text.slice(at).search(/[\r\n]|$/) + at;
  const before = text.slice(lineStart, at);
  const rest = text.slice(at, lineEnd).trim();
  const shortRest = rest.length > 60 ? `${rest.slice(0, 57)}...` : rest;
  if (inCode) {
    return {
      what: `"${shortRest}" in code`,
      advice: 'report.py cuts at any "##", even in code: start code comments with a single "#".',
    };
  }
  if (/^[ \t>]*$/.test(before)) {
    return {
      what: `the heading "${shortRest}"`,
      advice: 'Use bold text instead of a heading inside an answer.',
    };
  }
  if (/(?:^|\s)$/.test(before)) {
    return {
      what: `"${shortRest}"`,
      advice: 'report.py cuts at any "##", even in the middle of a line: remove it.',
    };
  }
  const word = text.slice(lineStart + before.search(/\S*$/), text.slice(at, lineEnd).search(/\s|$/) + at);
  return { what: `the "##" in "${word}"`, advice: 'Avoid "##" in answers (write "C##" as "C sharp").' };
};

/** A `##` inside an answer (a sub-heading, `C##`, a `## comment` in code): report.py stops counting there. */
export const headingInAnswerRule: LintRule = ({ report, spans, slices, lineOf, code }) => {
  const lints: Lint[] = [];
  report.questions.forEach((question, i) => {
    const span = spans[i];
    const slice = span && slices.find((s) => s.start === span.start && !s.last);
    if (!span || !slice || slice.end >= span.end) return;
    const end = Math.min(span.end, slice.chunkEnd);
    const whole = report.text.slice(span.start, end);
    const counted = report.text.slice(span.start, slice.end);
    const lostWords = countWords(whole) - countWords(counted);
    const lostImages = countImages(whole) - countImages(counted);
    if (lostWords <= 0 && lostImages <= 0) return;
    const line = lineOf(slice.end);
    const n = question.number;
    const inCode = code.some((r) => r.start <= slice.end && slice.end < r.end);
    const { what, advice } = describeCut(report.text, slice.end, inCode);
    const lost = [
      lostWords > 0 ? plural(lostWords, 'word') : '',
      lostImages > 0 ? plural(lostImages, 'image') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    lints.push({
      rule: 'heading-in-answer',
      question: n,
      line,
      message:
        `report.py stops reading question ${n}'s answer at ${what} on line ${line}: ` +
        `it counts ${plural(countWords(counted), 'word')} and misses the ${lost} after it. ${advice}`,
    });
  });
  return lints;
};
