import { editableAnswer } from '../../../report/answer/editable-answer.js';
import { questionByNumber } from '../../../report/answer/question-by-number.js';
import type { WizardState } from '../../wizard-reducer.js';
import type { ScreenContext, Step } from '../step.js';

/**
 * Ctrl+O on a question: when the file's answer changed on disk since the open draft began, shows the two side by
 * side on the draft-conflict screen (f takes the file's, d keeps the draft, both back on this question); else
 * says why there is nothing to compare.
 */
export const compareDraft = (state: WizardState, { doc }: ScreenContext): Step[] => {
  const draft = state.drafts[state.question];
  const question = questionByNumber(doc.report, state.question);
  if (question === undefined) return [];
  const file = editableAnswer(question, doc.report, doc.spans);
  if (draft === undefined || draft.base === file)
    return [
      {
        type: 'NOTIFY',
        message: `Question ${state.question}'s answer in the file has not changed since ${draft === undefined ? 'it was read' : 'your draft began'}: nothing to compare.`,
      },
    ];
  // The notice that pointed here has done its job: the screen says the rest.
  return [
    { type: 'NOTIFY', message: null },
    {
      type: 'ADD_CONFLICT',
      conflict: { ...draft, file, resume: { screen: 'question', question: state.question } },
    },
  ];
};
