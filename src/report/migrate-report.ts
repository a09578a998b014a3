import { isUnanswered } from './answer/is-unanswered.js';
import { answerSpans } from './lints/answer-spans.js';
import type { Report } from './model.js';
import { parseReport } from './parse-report.js';
import { answerMarker } from './report-py-slices.js';
import { setAnswer } from './set-answer.js';
import { setChecked } from './set-checked.js';

/** One old answer carried into the new template. */
export interface MigratedAnswer {
  /** The question number in the old report and in the new template. */
  from: number;
  to: number;
  /** How alike the two prompts are, 0 to 1 (shared words over all words). */
  similarity: number;
  /** Whether the match is weak (below 0.5): the student should look at it. */
  unsure: boolean;
}

/** An old answer with no question to go to: kept in an HTML comment above the first question. */
export interface UnmatchedAnswer {
  from: number;
  prompt: string;
  answer: string;
}

/** What `migrateReport` made: the new text and how it got there. */
export interface Migration {
  refused: null;
  text: string;
  answers: MigratedAnswer[];
  unmatched: UnmatchedAnswer[];
  /** Ticked items carried by their text, and the texts of ticked items the new checklist does not have. */
  ticks: { carried: number; unmatched: string[] };
}

/** Why `migrateReport` would lose text if it went on: one sentence a student can act on. */
export interface Refusal {
  refused: string;
}

// Words that say nothing about which question it is.
const stop = new Set(
  'the and you your did how what which why for with that this was were are any from into its our of to in on or is a an be do does it as at by if not no one'.split(
    ' ',
  ),
);
const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !stop.has(w)),
  );
const similarity = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
};
const normalItem = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\((?:m\d+[+,/ ]*)+\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** Below this a prompt is no match at all; below 0.5 a match is shown as unsure. */
const threshold = 0.25;

/**
 * Moves a report into a newer template (the student's copy of it): each answered question goes to the template
 * question whose prompt is most alike (greedily, best pairs first), ticked checklist items are ticked again by their
 * text. Answers that match nothing are kept in an HTML comment above the first question, where neither report.py
 * (it ignores everything before the first `Answer:`) nor the page shows them, and text below the last answer stays
 * below it (report.py counted it into the last answer and still does), so no answer text is lost. Refused when a
 * question has no `Answer:` (its answer cannot be told from its prompt) or an unmatched answer holds `Answer:` or
 * `-->`, which would break out of the comment.
 */
export const migrateReport = (old: Report, template: Report): Migration | Refusal => {
  const missing = old.questions.find((q) => q.answerMarker === null);
  if (missing) {
    return {
      refused:
        `Question ${missing.number} has no "Answer:" line, so its answer cannot be told from its prompt: add ` +
        '"> Answer:" below each prompt first.',
    };
  }
  const spans = answerSpans(old);
  const answered = old.questions.flatMap((q, i) => {
    const span = spans[i];
    if (!span) return [];
    const answer = old.text.slice(span.start, span.end).replace(/\r\n?/g, '\n');
    if (isUnanswered(answer)) return [];
    return [{ question: q, answer, words: words(q.prompt) }];
  });
  const targets = template.questions.map((q) => ({ question: q, words: words(q.prompt) }));
  const pairs = answered.flatMap((a, i) =>
    targets.map((t, j) => ({ i, j, score: similarity(a.words, t.words) })),
  );
  // Best pairs first; on a tie the same number wins, then the nearer one.
  pairs.sort(
    (x, y) =>
      y.score - x.score ||
      Number(answered[y.i]!.question.number === targets[y.j]!.question.number) -
        Number(answered[x.i]!.question.number === targets[x.j]!.question.number) ||
      Math.abs(x.i - x.j) - Math.abs(y.i - y.j),
  );
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  const answers: MigratedAnswer[] = [];
  for (const { i, j, score } of pairs) {
    if (score < threshold || usedFrom.has(i) || usedTo.has(j)) continue;
    usedFrom.add(i);
    usedTo.add(j);
    answers.push({
      from: answered[i]!.question.number,
      to: targets[j]!.question.number,
      similarity: Math.round(score * 100) / 100,
      unsure: score < 0.5,
    });
  }
  answers.sort((a, b) => a.to - b.to);
  const unmatched = answered
    .filter((_, i) => !usedFrom.has(i))
    .map((a) => ({ from: a.question.number, prompt: a.question.prompt, answer: a.answer.trim() }));
  const breaksOut = (s: string): boolean => s.includes(answerMarker) || s.includes('-->');
  const breaking = unmatched.find((u) => breaksOut(u.answer) || breaksOut(u.prompt));
  if (breaking) {
    return {
      refused:
        `Question ${breaking.from}'s answer has no question in the new template and holds "Answer:" or "-->", so ` +
        'it cannot be kept in a comment: move it into another answer first.',
    };
  }

  let report = template;
  for (const { from, to } of answers) {
    const answer = answered.find((a) => a.question.number === from)!.answer;
    report = parseReport(setAnswer(report, to, answer));
  }
  const ticked = old.items.filter((item) => item.checked);
  const unticked: string[] = [];
  let carried = 0;
  for (const item of ticked) {
    const match = report.items.find((t) => normalItem(t.text) === normalItem(item.text));
    if (!match) {
      unticked.push(item.text);
      continue;
    }
    if (!match.checked) report = parseReport(setChecked(report, match.index, true));
    carried++;
  }
  let { text } = report;
  // Below the last answer (a references section): report.py counted it into the last answer, and will again.
  const lastSpan = spans.filter((span) => span !== null).at(-1);
  const tail = lastSpan ? old.text.slice(lastSpan.end).replace(/\r\n?/g, '\n').trim() : '';
  if (tail !== '')
    text = `${text.replace(/\s*$/, '')}${report.eol}${report.eol}${tail.replace(/\n/g, report.eol)}${report.eol}`;
  if (unmatched.length > 0) {
    const first = report.questions[0];
    const at = first ? first.heading.start : text.length;
    const eol = report.eol;
    const kept = unmatched
      .map((u) => `Old question ${u.from} (${u.prompt}):${eol}${eol}${u.answer.replace(/\n/g, eol)}`)
      .join(eol + eol);
    text = `${text.slice(0, at)}<!-- Answers report-wizard migrate found no question for:${eol}${eol}${kept}${eol}-->${eol}${eol}${text.slice(at)}`;
  }
  return { refused: null, text, answers, unmatched, ticks: { carried, unmatched: unticked } };
};
