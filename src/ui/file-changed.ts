import type { SavedDraft } from '../io/state-store.js';
import { editableAnswer } from '../report/answer/editable-answer.js';
import { questionByNumber } from '../report/answer/question-by-number.js';
import type { Report } from '../report/model.js';

/** The part of the wizard's state an outside change of the report touches. */
export interface FollowedState {
  screen: string;
  question: number;
  drafts: Record<number, SavedDraft>;
  conflicts: (SavedDraft & { file: string })[];
  /** The open question's editor (null: it starts from the draft or the file's answer when next drawn). */
  questionScreen: unknown;
  notice: string | null;
}

// `question 4`, `questions 4 and 7`, `questions 4, 7 and 9`; many are only counted.
const questions = (numbers: readonly number[]): string => {
  if (numbers.length === 1) return `question ${numbers[0]}`;
  if (numbers.length > 5) return `${numbers.length} questions`;
  return `questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
};

/**
 * The state after the report changed on disk (another wizard, `answer`, `git pull`, an editor): a draft that is now
 * what the file holds is dropped; any other draft is kept, even where the file's answer moved under it (the
 * student compares the two with Ctrl+O, and a save asks first); the open question's editor, when it holds no
 * draft, starts again from the file's new answer (its state is dropped); a notice says what happened.
 */
export const fileChanged = <S extends FollowedState>(
  state: S,
  report: Report,
  changed: readonly number[],
): S => {
  const drafts = { ...state.drafts };
  const taken: number[] = [];
  const moved: number[] = [];
  for (const draft of Object.values(state.drafts)) {
    const question = questionByNumber(report, draft.question);
    // A question gone from the file keeps its draft: the student decides once it is back or written elsewhere.
    if (question === undefined) continue;
    const file = editableAnswer(question, report);
    if (draft.text === file) {
      delete drafts[draft.question];
      taken.push(draft.question);
    } else if (draft.base !== file) moved.push(draft.question);
  }
  // A draft already asked about shows the file's answer as it is now.
  const conflicts = state.conflicts.map((conflict) => {
    const question = questionByNumber(report, conflict.question);
    return question === undefined ? conflict : { ...conflict, file: editableAnswer(question, report) };
  });
  const reload =
    state.screen === 'question' && changed.includes(state.question) && drafts[state.question] === undefined;
  const parts = [
    changed.length === 0
      ? 'The report changed on disk and was read again.'
      : `The report changed on disk: ${questions(changed)} read again.`,
  ];
  if (taken.length > 0) parts.push(`Your draft of ${questions(taken)} is what the file holds now.`);
  if (moved.length > 0)
    parts.push(
      `${questions(moved).replace(/^q/, 'Q')} changed under your draft: the draft is kept; Ctrl+O on it compares the two.`,
    );
  return {
    ...state,
    drafts: taken.length === 0 ? state.drafts : drafts,
    conflicts,
    questionScreen: reload ? null : state.questionScreen,
    notice: parts.join(' '),
  };
};
