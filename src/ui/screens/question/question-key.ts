import { editorKeyAction } from '../../editor-key-action.js';
import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { TextBufferAction } from '../../text-buffer.js';
import type { WizardAction, WizardState } from '../../wizard-reducer.js';
import { pickerKey } from '../image-picker/picker-key.js';
import type { ScreenContext, Step } from '../step.js';
import { warningsKey } from '../warnings/warnings-key.js';
import { compareDraft } from './compare-draft.js';
import { openQuestion } from './open-question.js';
import { questionKeys } from './question-keys.js';
import { type QuestionStateAction, questionText } from './question-state.js';
import { editorWidth, questionView } from './question-view.js';

const own = (action: QuestionStateAction): WizardAction => ({ type: 'QUESTION', action });

/**
 * What one key does on the question screen: the image picker takes its keys first while open, the warnings list
 * while shown, then the screen's own keys, and every other key is the editor's. Leaving the question writes its draft
 * first (an effect), and the next screen opens once it is written.
 */
export const questionKey = (state: WizardState, key: KeyPress, context: ScreenContext): Step[] => {
  const { doc, columns, bodyHeight } = context;
  const open = openQuestion(state, doc, columns);
  if (open === null) return [];
  const { question, at, fileText, screen } = open;
  // Before its first key the screen's state is the one drawn from the draft: it is kept from now on.
  const steps: Step[] = screen === state.questionScreen ? [] : [{ type: 'QUESTION_SHOWN', screen }];
  if (screen.busy) return steps;
  const width = editorWidth(columns).wrap;
  const edit = (edits: TextBufferAction[]): Step => ({
    type: 'EDIT_ANSWER',
    // Up, Down, Home and End go by the rows the editor shows at this width.
    edits: screen.buffer.wrapWidth === width ? edits : [{ type: 'resize', width }, ...edits],
    base: fileText,
  });
  if (screen.picker !== null) {
    const { actions, edits } = pickerKey(screen.picker, screen.buffer, key);
    return [...steps, ...actions.map(own), ...(edits.length > 0 ? [edit(edits)] : [])];
  }
  const view = (): ReturnType<typeof questionView> =>
    questionView(doc, question, { ...screen, draft: questionText(screen) }, columns, bodyHeight);
  if (screen.listing) {
    const { listRows, listHeight } = view();
    return [
      ...steps,
      ...warningsKey(screen.listTop, key, { rows: listRows.length, height: listHeight }).map(own),
    ];
  }
  // A notice answers the key before: the next key makes it old news.
  if (screen.notice !== null) steps.push(own({ type: 'NOTIFY', notice: null }));
  const leave = (step: -1 | 0 | 1): Step => {
    const target = step === 0 ? undefined : doc.report.questions[at + step];
    return {
      kind: 'writeAnswer',
      number: question.number,
      then: [
        target === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: target.number },
      ],
    };
  };
  const action = findBinding(questionKeys, key)?.action;
  switch (action) {
    case 'next':
      return [...steps, leave(1)];
    case 'previous':
      return [...steps, leave(-1)];
    case 'overview':
      return [...steps, leave(0)];
    case 'save':
      return [...steps, { kind: 'writeAnswer', number: question.number, then: [] }];
    case 'restore':
      return [...steps, edit([{ type: 'setText', text: fileText }])];
    case 'preview':
      return [...steps, { kind: 'preview', number: question.number }];
    case 'example':
      return [...steps, own({ type: 'TOGGLE_EXAMPLE' })];
    case 'image':
      // On every question: report.py may not count images here, but the graded page shows them (the picker says so).
      return [...steps, own({ type: 'OPEN_PICKER' }), { kind: 'imagePicker', number: question.number }];
    case 'editor':
      return [...steps, { kind: 'externalEditor', base: fileText }];
    case 'compare':
      return [...steps, ...compareDraft(state, context)];
    case 'warnings':
      return view().listRows.length === 0
        ? [...steps, own({ type: 'NOTIFY', notice: 'This answer has no warnings.' })]
        : [...steps, own({ type: 'LIST_WARNINGS' })];
    case undefined: {
      const typed = editorKeyAction(key);
      return typed === null ? steps : [...steps, edit([typed])];
    }
  }
};
