import { setAnswer } from '../../report/set-answer.js';
import type { Report } from '../../report/model.js';
import type { WriteOutcome } from '../create-write-queue.js';
import { editableAnswer } from '../../report/answer/editable-answer.js';
import type { EffectContext } from './effect-context.js';

/** Writes question `number`'s draft; `go` (a move to another screen) runs once it is written or failed. */
export const writeAnswer = async (
  { writes, getState, dispatch }: EffectContext,
  number: number,
  go?: () => void,
): Promise<WriteOutcome['kind']> => {
  const draft = getState().drafts[number];
  if (draft === undefined) {
    go?.();
    return 'written';
  }
  const base = (report: Report): string | null => {
    const question = report.questions.find((q) => q.number === number);
    return question ? editableAnswer(question, report) : null;
  };
  const before = writes.current().text;
  const outcome = await writes.write(
    (report) => setAnswer(report, number, draft.text, { whole: true }),
    (report) => base(report) === draft.base,
  );
  if (outcome.kind === 'stale') {
    // The conflict opens its own screen instead of `go`'s.
    const file = base(writes.current().report) ?? '';
    dispatch({ type: 'ADD_CONFLICT', conflict: { ...draft, file } });
    return outcome.kind;
  }
  // Moved before the notice: opening a screen clears the notice.
  go?.();
  if (outcome.kind === 'written') {
    dispatch({ type: 'DRAFT_WRITTEN', number, text: draft.text });
    // Said only when the file changed: a draft that set the answer the file already has writes nothing.
    if (writes.current().text !== before) dispatch({ type: 'NOTIFY', message: `Wrote question ${number}.` });
  } else dispatch({ type: 'NOTIFY', message: outcome.message });
  return outcome.kind;
};
