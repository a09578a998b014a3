import { isUnanswered } from './answer/is-unanswered.js';
import { answerSpans } from './lints/answer-spans.js';
import { matchItem } from './match-item.js';
import type { Report } from './model.js';
import { parseReport } from './parse-report.js';
import { questionMap } from './question-map.js';
import { answerMarker } from './report-py-slices.js';
import { setAnswer } from './set-answer.js';
import { setChecked } from './set-checked.js';

/** One old answer carried into the new template. */
export interface MigratedAnswer {
  /** The question number in the old report and in the new template. */
  from: number;
  to: number;
  /** `identity`: the same question by templates/identities.json; `prompt`: the most alike prompt (a fallback). */
  by: 'identity' | 'prompt';
  /** How alike the two prompts are, 0 to 1 (shared words over all words). */
  similarity: number;
  /** Whether a prompt match is weak (below 0.5): the student should look at it. Never for an identity. */
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
  /** Ticked items carried by what they ask, and the texts of ticked items the new checklist does not have. */
  ticks: { carried: number; unmatched: string[] };
  /** HTML comments from outside the carried answers and items, kept verbatim above the first question. */
  keptComments: string[];
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
const comments = /<!--(?:(?!-->)[\s\S])*-->/g;
/** Below this a prompt is no match at all; below 0.5 a match is shown as unsure. */
const threshold = 0.25;

/**
 * Moves a report into a newer template (the student's copy of it). Each answered question goes to the same question
 * of the new template (templates/identities.json knows which is which across the years, renumbered or reworded);
 * only a question the data does not know (an unrecognised template, a question added by hand) goes to the free
 * question whose prompt is most alike. Ticked checklist items are ticked again by what they ask (see `itemKey`), and
 * an item's trailing comment goes with it. Answers that match nothing are kept in an HTML comment above the first
 * question, where neither report.py (it ignores everything before the first `Answer:`) nor the page shows them, with
 * every other comment the new text would lose; text below the last answer stays below it (report.py counted it into
 * the last answer and still does), so no answer text is lost. Refused when a question has no `Answer:` (its answer
 * cannot be told from its prompt), or when text kept above the first question holds `Answer:` (report.py would count
 * one answer more) or an unmatched answer holds `-->` (it would break out of its comment).
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
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  const answers: MigratedAnswer[] = [];
  const pair = (i: number, j: number, by: MigratedAnswer['by']): void => {
    const score = similarity(answered[i]!.words, targets[j]!.words);
    usedFrom.add(i);
    usedTo.add(j);
    answers.push({
      from: answered[i]!.question.number,
      to: targets[j]!.question.number,
      by,
      similarity: Math.round(score * 100) / 100,
      unsure: by === 'prompt' && score < 0.5,
    });
  };
  // The same question first, by the identity data.
  if (old.generation !== null && template.generation !== null) {
    const same = questionMap(old.generation, template.generation);
    answered.forEach((a, i) => {
      const to = same.get(a.question.number);
      const j = targets.findIndex((t) => t.question.number === to);
      if (j >= 0 && !usedTo.has(j)) pair(i, j, 'identity');
    });
  }
  // The rest by prompt: best pairs first; on a tie the same number wins, then the nearer one.
  const pairs = answered.flatMap((a, i) =>
    usedFrom.has(i)
      ? []
      : targets.flatMap((t, j) => (usedTo.has(j) ? [] : [{ i, j, score: similarity(a.words, t.words) }])),
  );
  pairs.sort(
    (x, y) =>
      y.score - x.score ||
      Number(answered[y.i]!.question.number === targets[y.j]!.question.number) -
        Number(answered[x.i]!.question.number === targets[x.j]!.question.number) ||
      Math.abs(x.i - x.j) - Math.abs(y.i - y.j),
  );
  for (const { i, j, score } of pairs) {
    if (score < threshold || usedFrom.has(i) || usedTo.has(j)) continue;
    pair(i, j, 'prompt');
  }
  answers.sort((a, b) => a.to - b.to);
  const unmatched = answered
    .filter((_, i) => !usedFrom.has(i))
    .map((a) => ({ from: a.question.number, prompt: a.question.prompt, answer: a.answer.trim() }));
  const breaking = unmatched.find((u) =>
    [u.answer, u.prompt].some((s) => s.includes(answerMarker) || s.includes('-->')),
  );
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
  const ticks = carryTicks(old, report);
  report = ticks.report;
  let { text } = report;
  const eol = report.eol;
  // Below the last answer (a references section): report.py counted it into the last answer, and will again.
  const lastSpan = spans.filter((span) => span !== null).at(-1);
  const tail = lastSpan ? old.text.slice(lastSpan.end).replace(/\r\n?/g, '\n').trim() : '';
  if (tail !== '') text = `${text.replace(/\s*$/, '')}${eol}${eol}${tail.replace(/\n/g, eol)}${eol}`;
  const kept: string[] = [];
  if (unmatched.length > 0) {
    const olds = unmatched
      .map((u) => `Old question ${u.from} (${u.prompt}):${eol}${eol}${u.answer.replace(/\n/g, eol)}`)
      .join(eol + eol);
    kept.push(`<!-- Answers report-wizard migrate found no question for:${eol}${eol}${olds}${eol}-->`);
  }
  // Comments from the introduction, a prompt or an item that went: invisible where they were, and kept so.
  const keptComments = [...old.text.matchAll(comments)]
    .map((m) => m[0].replace(/\r\n?/g, '\n'))
    .filter((c) => !text.replace(/\r\n?/g, '\n').includes(c) && !kept.some((k) => k.includes(c)));
  if (keptComments.some((c) => c.includes('Answer:'))) {
    return {
      refused:
        'A comment outside the answers holds "Answer:", which report.py would count as one answer more above ' +
        'the first question: move it into an answer or remove it first.',
    };
  }
  kept.push(...new Set(keptComments.map((c) => c.replace(/\n/g, eol))));
  if (kept.length > 0) {
    const first = report.questions[0];
    const at = first ? first.heading.start : text.length;
    text = `${text.slice(0, at)}${kept.join(eol + eol)}${eol}${eol}${text.slice(at)}`;
  }
  return {
    refused: null,
    text,
    answers,
    unmatched,
    ticks: { carried: ticks.carried, unmatched: ticks.unmatched },
    keptComments: [...new Set(keptComments)],
  };
};

/**
 * Ticks in `report` each item ticked in `old`, matched by what it asks (`matchItem`), and writes the note a student
 * added after an old item (`<!--- name -->`, `RASMUS`) after the same item when the new line lacks it.
 */
const carryTicks = (old: Report, into: Report): { report: Report; carried: number; unmatched: string[] } => {
  let report = into;
  const used = new Set<number>();
  const unmatched: string[] = [];
  let carried = 0;
  for (const item of old.items) {
    const free = report.items.filter((t) => !used.has(t.index));
    const found = matchItem(
      item.text,
      free.map((t) => t.text),
    );
    if (!found) {
      if (item.checked) unmatched.push(item.text);
      continue;
    }
    const match = free[found.index]!;
    used.add(match.index);
    if (item.checked) {
      if (!match.checked) report = parseReport(setChecked(report, match.index, true));
      carried++;
    }
    const target = report.items.find((t) => t.index === match.index)!;
    if (found.note !== '' && !target.text.endsWith(found.note)) {
      const { text } = report;
      const end = target.span.end;
      const line = text.slice(target.span.start, end);
      const trimmed = line.replace(/[ \t]+$/, '');
      report = parseReport(`${text.slice(0, target.span.start)}${trimmed} ${found.note}${text.slice(end)}`);
    }
  }
  return { report, carried, unmatched };
};
