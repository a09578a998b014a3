import { answerHazards } from '../../report/answer-hazards.js';
import type { Report } from '../../report/model.js';
import { setAnswer } from '../../report/set-answer.js';
import type { WriteOutcome } from '../create-write-queue.js';
import { editableAnswer } from '../../report/answer/editable-answer.js';
import type { WizardAction } from '../wizard-reducer.js';
import type { EffectContext } from './effect-context.js';

/**
 * Writes question `number`'s draft, then applies `then` (a move to another screen) once it is written or failed.
 * A draft report.py would misread in a way the file's answer is not (an `Answer:`, a `##`) is asked about first, as
 * `answer` refuses it: nothing is written until the student says so (`quit`: the rest of quitting follows then).
 */
export const writeAnswer = async (
  { writes, getState, dispatch }: EffectContext,
  number: number,
  then: WizardAction[] | 'quit' = [],
): Promise<WriteOutcome['kind'] | 'hazard'> => {
  const go = (): void => {
    if (then !== 'quit') then.forEach(dispatch);
  };
  const draft = getState().drafts[number];
  if (draft === undefined) {
    go();
    return 'written';
  }
  const base = (report: Report): string | null => {
    const question = report.questions.find((q) => q.number === number);
    return question ? editableAnswer(question, report) : null;
  };
  const { report } = writes.current();
  const hazards = answerHazards(report, number, draft.text);
  if (
    hazards.length > answerHazards(report, number, base(report) ?? '').length &&
    getState().allowed[number] !== draft.text
  ) {
    dispatch({ type: 'ASK_HAZARD', hazard: { question: number, text: draft.text, messages: hazards, then } });
    return 'hazard';
  }
  const before = writes.current().text;
  const outcome = await writes.write(
    (current) => setAnswer(current, number, draft.text),
    (current) => base(current) === draft.base,
  );
  if (outcome.kind === 'stale') {
    // The conflict opens its own screen instead of `then`'s.
    const file = base(writes.current().report) ?? '';
    dispatch({ type: 'ADD_CONFLICT', conflict: { ...draft, file } });
    return outcome.kind;
  }
  // Moved before the notice: opening a screen clears the notice.
  go();
  if (outcome.kind === 'written') {
    dispatch({ type: 'DRAFT_WRITTEN', number, text: draft.text });
    // Said only when the file changed: a draft that set the answer the file already has writes nothing.
    if (writes.current().text !== before) dispatch({ type: 'NOTIFY', message: `Wrote question ${number}.` });
  } else dispatch({ type: 'NOTIFY', message: outcome.message });
  return outcome.kind;
};
