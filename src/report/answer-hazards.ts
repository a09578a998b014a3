import { questionByNumber } from './answer/question-by-number.js';
import { countImages } from './count-images.js';
import { countWords } from './count-words.js';
import { newestGeneration } from './generations.js';
import { answerMarker, reportPySlices } from './report-py-slices.js';
import type { Report } from './model.js';
import { plural } from './plural.js';
import { setAnswer } from './set-answer.js';
import { universalNewlines } from './universal-newlines.js';

/** What report.py makes of the report with one answer replaced. */
interface Reading {
  /** How many answers it sees. */
  answers: number;
  /** What it counts as the question's answer (its first slice from the marker on), or null when it keeps none. */
  counted: { words: number; images: number } | null;
}

const read = (report: Report, number: number, markerEnd: number, answer: string): Reading => {
  const text = universalNewlines(setAnswer(report, number, answer));
  const slices = reportPySlices(text);
  // An `Answer:` in the new text moves the answer's start; a last chunk holding `###` is kept twice, cut where it
  // stands and whole at the end: the cut one is the answer in place.
  const own = slices.find((s) => s.start >= markerEnd && !s.last) ?? slices.find((s) => s.start >= markerEnd);
  const slice = own ? text.slice(own.start, own.end) : null;
  return {
    answers: slices.length,
    counted: slice === null ? null : { words: countWords(slice), images: countImages(slice) },
  };
};

const seen = (after: number, before: number): string =>
  `it would see ${after} answers instead of ${before} and ` +
  (after !== newestGeneration.checker.expectedAnswers
    ? 'refuse the whole report'
    : 'check every later answer against the wrong question');

// Stand-ins that report.py neither splits nor cuts at, and that keep every word a word: what it would count whole.
const withoutMarkers = (text: string): string => text.replaceAll(answerMarker, 'answer:');
const withoutHashes = (text: string): string => text.replaceAll('#', '_');

/** `clean`: the answer without the marker; `whole`: without any `#` either, all its words (a `##` has its own hazard). */
const markerHazard = (n: number, raw: Reading, clean: Reading, whole: Reading): string => {
  let effect = `it would start question ${n}'s answer after that "Answer:"`;
  if (raw.answers !== clean.answers) effect = seen(raw.answers, clean.answers);
  else if (raw.counted && clean.counted && raw.counted.words < clean.counted.words)
    effect = `it would count only ${raw.counted.words} of the ${plural(Math.max(clean.counted.words, whole.counted?.words ?? 0), 'word')} of question ${n}`;
  return (
    `The new answer contains "Answer:", and report.py splits the report at every "Answer:": ${effect}. ` +
    'Write "answer:" in lower case or rephrase it.'
  );
};

const hashHazard = (n: number, answer: string, raw: Reading, clean: Reading): string | null => {
  const at = answer.indexOf('##');
  const lineStart = Math.max(answer.lastIndexOf('\n', at), answer.lastIndexOf('\r', at)) + 1;
  const heading = /^[ \t>]*$/.test(answer.slice(lineStart, at));
  const advice = heading
    ? 'Use bold text (**Like this**) for a sub-heading.'
    : 'report.py cuts at any "##", even inside a line or in code: remove it.';
  if (raw.answers !== clean.answers) {
    return `The new answer contains "###", which changes what report.py keeps: ${seen(raw.answers, clean.answers)}. ${advice}`;
  }
  if (!raw.counted || !clean.counted) return null;
  const lostWords = clean.counted.words - raw.counted.words;
  const lostImages = clean.counted.images - raw.counted.images;
  if (lostWords <= 0 && lostImages <= 0) return null;
  const lost = [
    lostWords > 0 ? `${lostWords} of its ${plural(clean.counted.words, 'word')}` : '',
    lostImages > 0 ? `${lostImages} of its ${plural(clean.counted.images, 'image')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const line = (answer.slice(0, at).match(/\r\n|\r|\n/g) ?? []).length + 1;
  return (
    `The new answer contains "##" on its line ${line}, where report.py stops counting question ${n}'s answer: ` +
    `${lost} would not count. ${advice}`
  );
};

/**
 * What report.py (the one graded today) would misread if `answer` became question `number`'s answer, one sentence
 * each: an `Answer:` inside it (report.py splits there), a `##` or `###` (it stops counting there, or keeps one answer
 * too many). Worked out by slicing the edited report as report.py does; empty when it reads the answer as written.
 */
export const answerHazards = (report: Report, number: number, answer: string): string[] => {
  const question = questionByNumber(report, number);
  if (!question || question.answerMarker === null) return [];
  // Where report.py's slice of this answer starts: the text before the marker is not edited.
  const markerEnd = universalNewlines(report.text.slice(0, question.answerMarker.end)).length;
  const hazards: string[] = [];
  const unmarked = withoutMarkers(answer);
  if (unmarked !== answer) {
    const raw = read(report, number, markerEnd, answer);
    const whole = read(report, number, markerEnd, withoutHashes(unmarked));
    hazards.push(markerHazard(number, raw, read(report, number, markerEnd, unmarked), whole));
  }
  if (unmarked.includes('##')) {
    const raw = read(report, number, markerEnd, unmarked);
    const hazard = hashHazard(
      number,
      unmarked,
      raw,
      read(report, number, markerEnd, withoutHashes(unmarked)),
    );
    if (hazard !== null) hazards.push(hazard);
  }
  return hazards;
};
