import { useMemo, useRef, useState } from 'react';
import { editableAnswer } from '../../src/report/answer/editable-answer.js';
import type { ReportDoc } from '../../src/report/answer/report-doc.js';
import type { Question } from '../../src/report/model.js';
import type { QueuedDoc, WriteQueue } from '../../src/ui/create-write-queue.js';
import type { FailedEdit } from '../../src/ui/edit-in-external-editor.js';
import type { Effect } from '../../src/ui/effects/effect.js';
import type { EffectContext } from '../../src/ui/effects/effect-context.js';
import { openExternalEditor } from '../../src/ui/effects/open-external-editor.js';
import { openImagePicker } from '../../src/ui/effects/open-image-picker.js';
import type { FigureFile } from '../../src/ui/image-choices.js';
import { createKeyQueue, type KeyDelivery } from '../../src/ui/input/create-key-queue.js';
import { useKeypress } from '../../src/ui/input/use-keypress.js';
import { openQuestion } from '../../src/ui/screens/question/open-question.js';
import { questionKey } from '../../src/ui/screens/question/question-key.js';
import { QuestionScreen } from '../../src/ui/screens/question/QuestionScreen.js';
import { initialWizardState, type WizardAction, wizardReducer } from '../../src/ui/wizard-reducer.js';

/** Props of `QuestionHarness`: one question, the text its editor starts with, and what its keys ask for. */
export interface QuestionHarnessProps {
  doc: ReportDoc;
  question: Question;
  total: number;
  /** The answer as the editor starts with it: a draft when it differs from the file's. */
  initialText: string;
  width: number;
  height: number;
  figures: string[];
  scanFigures?: () => Promise<FigureFile[]>;
  imageExists?: (path: string) => boolean;
  /** Every change of the editor's text. */
  onChange: (text: string) => void;
  /** Ctrl+S; Tab and Page Down; Shift+Tab and Page Up; Esc (each is a write, then a move, in the wizard). */
  onSave: () => KeyDelivery;
  onNext: () => KeyDelivery;
  onPrevious: () => KeyDelivery;
  onExit: () => KeyDelivery;
  /** Ctrl+P. */
  onPreview?: () => KeyDelivery;
  onOpenEditor?: (text: string) => Promise<string | FailedEdit | null>;
  color?: boolean;
}

const withQuestion = (doc: ReportDoc, question: Question): ReportDoc => ({
  ...doc,
  report: {
    ...doc.report,
    questions: doc.report.questions.map((q) => (q.number === question.number ? question : q)),
  },
});

/**
 * The question screen on its own, as the wizard drives it: keys from the terminal through the screen's pure handler,
 * actions into the wizard's reducer, the editor and picker effects run for real, and the writes and moves handed to
 * the callbacks (the wizard's would write the file).
 */
export const QuestionHarness = ({ doc: given, ...rest }: QuestionHarnessProps) => {
  const { question, width, height } = rest;
  // A test may hand in a question changed from the report's (a longer prompt): the report then holds that one.
  const doc = useMemo(() => withQuestion(given, question), [given, question]);
  const props = { ...rest, doc };
  const [state, setState] = useState(() => {
    const file = editableAnswer(question, doc.report, doc.spans);
    const drafts =
      props.initialText === file
        ? {}
        : { [question.number]: { question: question.number, text: props.initialText, base: file } };
    return initialWizardState({ screen: 'question', question: question.number, drafts });
  });
  const latest = useRef({ state, props });
  latest.current.props = props;
  const [run] = useState(() => {
    const dispatch = (action: WizardAction): void => {
      const previous = latest.current.state;
      const next = wizardReducer(previous, action);
      latest.current.state = next;
      setState(next);
      const lines = next.questionScreen?.buffer.lines;
      if (
        action.type === 'EDIT_ANSWER' &&
        lines !== undefined &&
        lines !== previous.questionScreen?.buffer.lines
      )
        latest.current.props.onChange(lines.join('\n'));
    };
    const writes = { current: () => latest.current.props.doc } as unknown as WriteQueue<QueuedDoc>;
    const context = (): EffectContext => {
      const now = latest.current.props;
      return {
        writes,
        getState: () => latest.current.state,
        dispatch,
        path: '/report/README.md',
        openEditor: now.onOpenEditor,
        scanFigures:
          now.scanFigures ?? (() => Promise.resolve(now.figures.map((path) => ({ path, modified: 0 })))),
        imageExists: now.imageExists,
      };
    };
    const effect = (step: Effect): KeyDelivery => {
      const now = latest.current.props;
      if (step.kind === 'externalEditor') return openExternalEditor(context(), step.base);
      if (step.kind === 'imagePicker') return openImagePicker(context(), step.number);
      if (step.kind === 'preview') return now.onPreview?.();
      if (step.kind !== 'writeAnswer') return undefined;
      const move = step.then[0];
      if (move === undefined) return now.onSave();
      if (move.type === 'OPEN_OVERVIEW') return now.onExit();
      return move.type === 'OPEN_QUESTION' && move.number < now.question.number
        ? now.onPrevious()
        : now.onNext();
    };
    return (key: Parameters<typeof questionKey>[1]): KeyDelivery => {
      const now = latest.current.props;
      let delivery: KeyDelivery = undefined;
      const context = { doc: now.doc, columns: now.width, bodyHeight: now.height, now: 0 };
      for (const step of questionKey(latest.current.state, key, context)) {
        if ('type' in step) dispatch(step);
        else delivery = effect(step);
      }
      return delivery;
    };
  });
  const keys = useMemo(() => createKeyQueue(run), [run]);
  useKeypress((pressed) => keys.push(pressed));
  const open = openQuestion(state, doc, width);
  if (open === null) return null;
  return (
    <QuestionScreen
      doc={doc}
      question={open.question}
      total={props.total}
      screen={open.screen}
      width={width}
      height={height}
      hasEditor={props.onOpenEditor !== undefined}
      color={props.color ?? true}
    />
  );
};
