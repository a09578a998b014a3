import { editableAnswer } from '../../../report/answer/editable-answer.js';
import type { ReportDoc } from '../../../report/answer/report-doc.js';
import type { Question } from '../../../report/model.js';
import type { WizardState } from '../../wizard-reducer.js';
import { initialQuestionState, questionReducer, type QuestionState } from './question-state.js';
import { editorWidth } from './question-view.js';

/** The question the question screen shows, its place, the file's answer, and the screen's state. */
export interface OpenQuestion {
  question: Question;
  /** Its place among the report's questions. */
  at: number;
  /** The answer as the file has it now (Ctrl+R, and the base a new draft begins against). */
  fileText: string;
  /**
   * The screen's state: as its keys left it, or (before its first key) fresh over the draft or the file's answer (with
   * a draft `f` set aside one undo back).
   */
  screen: QuestionState;
}

/** The open question of `state` in `doc` (null when the report has none), its editor wrapping in `columns`. */
export const openQuestion = (state: WizardState, doc: ReportDoc, columns: number): OpenQuestion | null => {
  const questions = doc.report.questions;
  const at = Math.max(
    0,
    questions.findIndex((q) => q.number === state.question),
  );
  const question = questions[at];
  if (question === undefined) return null;
  const fileText = editableAnswer(question, doc.report, doc.spans);
  const kept = state.questionScreen;
  const dropped = state.drafts[question.number] === undefined ? state.dropped[question.number] : undefined;
  const wrap = editorWidth(columns).wrap;
  const screen =
    kept !== null && kept.number === question.number
      ? kept
      : dropped !== undefined
        ? // The draft `f` set aside is where the editor's history begins: Ctrl+Z goes back to it, as after Ctrl+R.
          questionReducer(initialQuestionState(question.number, dropped, wrap), {
            type: 'EDIT',
            edits: [{ type: 'setText', text: fileText }],
          })
        : initialQuestionState(question.number, state.drafts[question.number]?.text ?? fileText, wrap);
  return { question, at, fileText, screen };
};
