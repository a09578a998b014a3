import { plural } from '../plural.js';
import type { Lint, LintClaim } from './lint.js';
import type { LintRule } from './lint-rule.js';
import { reportPyCounts } from './report-py-counts.js';

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

/**
 * A `##` inside an answer (a sub-heading, `C##`, a `## comment` in code): report.py stops counting there. The claim:
 * `counted` is what report.py counts of the answer, `missed` what it would count more with no `##` left in it (no
 * claim when a stray `Answer:` decides that instead).
 */
const check: LintRule['check'] = ({ report, spans, slices, lineOf, code, sliceCounts }) => {
  const lints: Lint[] = [];
  report.questions.forEach((question, i) => {
    const span = spans[i];
    // The answer's first slice report.py keeps: from its marker, or from a stray `Answer:` inside it, which makes
    // report.py drop the part before (the answer-in-answer lint tells about that part).
    const slice = span && slices.find((s) => s.start >= span.start && s.start <= span.end && !s.last);
    // In the last chunk report.py keeps a cut copy and the whole: it sees one answer too many and refuses the report,
    // which the structure rule tells about.
    if (!span || !slice || slice.end >= span.end || slice.chunkEnd === report.text.length) return;
    const end = Math.min(span.end, slice.chunkEnd);
    const whole = reportPyCounts(report.text.slice(slice.start, end));
    const counted = sliceCounts(slices.indexOf(slice));
    const missed = { words: whole.words - counted.words, images: whole.images - counted.images };
    const claim: LintClaim = { counted, missed };
    const { words: lostWords, images: lostImages } = missed;
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
    // Without the cut, report.py would keep this chunk only for a "###" further on (the next question's heading). A
    // stray "Answer:" inside the answer, or below the last question, ends the chunk first: what the cut costs then
    // depends on that marker, which has its own lint, so no figure here.
    if (slice.chunkEnd < span.end || !report.text.slice(span.end, slice.chunkEnd).includes('###')) {
      lints.push({
        rule: 'heading-in-answer',
        question: n,
        line,
        message: `report.py stops reading question ${n}'s answer at ${what} on line ${line}. ${advice}`,
      });
      return;
    }
    lints.push({
      rule: 'heading-in-answer',
      question: n,
      line,
      message:
        `report.py stops reading question ${n}'s answer at ${what} on line ${line}: ` +
        `it counts ${plural(counted.words, 'word')} and misses the ${lost} after it. ${advice}`,
      claim,
    });
  });
  return lints;
};

/** The `heading-in-answer` rule (see `check` above). */
export const headingInAnswerRule: LintRule = {
  id: 'heading-in-answer',
  scope: 'answer',
  fixable: null,
  description:
    'a `##` inside an answer (a sub-heading, `C##`, a comment in code): report.py stops counting there',
  remedy: '`###`, or reword',
  check,
};
