import type { HandinFacts } from '../git/handin/handin-facts.js';
import { questionJson } from './question-json.js';
import { handinPasses } from './handin-verdict.js';

/** The `handin --json` object: the facts as the issue names them, and the graded version's check. */
export const handinJson = (facts: HandinFacts, now: number): unknown => {
  const check = facts.judgement?.check ?? null;
  return {
    ok: handinPasses(facts),
    graded:
      facts.graded === null
        ? { branch: null, commit: null, assumed: facts.gradedAssumed }
        : {
            branch: facts.graded.branch,
            ref: facts.graded.ref,
            commit: facts.graded.commit,
            date: facts.graded.date,
            subject: facts.graded.subject,
            assumed: facts.graded.assumed,
          },
    report: facts.report,
    deadline:
      facts.deadline === null
        ? null
        : {
            at: facts.deadline.iso,
            year: facts.deadline.year,
            source: facts.deadline.source,
            passed: facts.deadline.passed,
            secondsLeft: Math.round(facts.deadline.time - now),
          },
    check:
      check === null
        ? null
        : {
            checker: check.checker,
            generation: check.generation,
            fatal: check.fatal,
            passed: check.passed,
            total: check.total,
            questions: check.questions.map(questionJson),
          },
    lints:
      facts.judgement?.lints.map(({ rule, question, line, message }) => ({
        rule,
        question,
        line,
        message,
      })) ?? [],
    stranded: facts.stranded.map((s) => ({
      question: s.question,
      branch: s.branch,
      ref: s.ref,
      commit: s.commit,
      date: s.date,
      subject: s.subject,
      words: s.words,
      defaultWords: s.defaultWords,
      reason: s.reason,
      merged: s.merged,
      local: s.local,
      likelySuperseded: s.likelySuperseded,
    })),
    afterDeadline: facts.afterDeadline,
    missingImages: facts.missingImages,
    localImages: facts.localImages,
    local: facts.local,
    problems: facts.problems,
  };
};
