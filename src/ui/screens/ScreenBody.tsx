import type { FailedEdit } from '../edit-in-external-editor.js';
import type { KeyDelivery } from '../input/create-key-queue.js';
import type { KeyTargetSlot } from '../input/key-target.js';
import type { FigureFile } from '../image-choices.js';
import type { ReportDoc } from '../../report/answer/report-doc.js';
import { editableAnswer } from '../../report/answer/editable-answer.js';
import type { WizardAction, WizardState } from '../wizard-reducer.js';
import { ChecklistScreen } from './checklist/ChecklistScreen.js';
import { ConflictView } from './conflict/ConflictView.js';
import { Overview } from './overview/Overview.js';
import { ParityScreen } from './parity/ParityScreen.js';
import { QuestionScreen } from './question/QuestionScreen.js';
import { QuitPrompt } from './quit/QuitPrompt.js';
import type { WizardResolve } from '../effects/effect-context.js';
import { HandinScreen } from './handin/HandinScreen.js';
import { resolveConflicts } from './resolve/resolve-conflicts.js';
import { ResolveScreen } from './resolve/ResolveScreen.js';

/** What the body needs: the state, the report, the space, and what the question screen calls. */
export interface ScreenBodyProps {
  state: WizardState;
  doc: ReportDoc;
  width: number;
  height: number;
  color: boolean;
  dispatch: (action: WizardAction) => void;
  /** Writes a question's draft, then applies `then` (a move to another screen). */
  write: (number: number, then?: WizardAction[]) => Promise<unknown>;
  preview?: ((number: number) => Promise<void>) | undefined;
  questionKeys: KeyTargetSlot;
  figures: string[];
  scanFigures?: (() => Promise<FigureFile[]>) | undefined;
  imageExists?: ((path: string) => boolean) | undefined;
  openEditor?: ((text: string) => Promise<string | FailedEdit | null>) | undefined;
  resolve?: WizardResolve | undefined;
}

/** The screen registry for views: the body of the screen `state` shows. */
export const ScreenBody = (props: ScreenBodyProps) => {
  const { state, doc, width, height, color, dispatch, write } = props;
  if (state.quitting) return <QuitPrompt drafts={Object.keys(state.drafts).map(Number)} />;
  if (state.screen === 'conflict' && state.conflicts[0])
    return <ConflictView conflict={state.conflicts[0]} width={width} height={height} />;
  if (state.screen === 'parity' && state.parity)
    return <ParityScreen parity={state.parity} width={width} height={height} color={color} />;
  if (state.screen === 'handin' && state.handin)
    return <HandinScreen handin={state.handin} width={width} height={height} />;
  if (state.screen === 'resolve' && props.resolve)
    return (
      <ResolveScreen
        list={resolveConflicts(doc.text, props.resolve.source)}
        selected={state.resolveAt}
        from={props.resolve.source.kind}
        command={props.resolve.command}
        width={width}
        height={height}
      />
    );
  if (state.screen === 'checklist')
    return (
      <ChecklistScreen
        report={doc.report}
        filter={state.filter}
        filtering={state.filtering}
        cursor={state.filterBuffer?.cursor.col ?? null}
        selected={state.item}
        width={width}
        height={height}
        evidence={state.evidence}
        suggestionFilter={state.suggestionFilter}
        kept={state.kept}
      />
    );
  const questions = doc.report.questions;
  const at = Math.max(
    0,
    questions.findIndex((q) => q.number === state.question),
  );
  const current = questions[at];
  if (state.screen !== 'question' || current === undefined)
    return (
      <Overview
        doc={doc}
        drafts={state.drafts}
        selected={state.question}
        width={width}
        height={height}
        color={color}
      />
    );
  const fileText = editableAnswer(current, doc.report, doc.spans);
  // The next screen opens once the write is done: a write may read the file again, and the next question's editor
  // must start from what the file holds then.
  const leave = (step: number) => (): KeyDelivery => {
    const target = step === 0 ? undefined : questions[at + step];
    return write(current.number, [
      target === undefined ? { type: 'OPEN_OVERVIEW' } : { type: 'OPEN_QUESTION', number: target.number },
    ]);
  };
  const { preview } = props;
  return (
    <QuestionScreen
      // A new key after a change on disk gave this question a new answer (and it held no draft): the editor starts
      // from the file's new text.
      key={`${current.number}:${state.reloads}`}
      doc={doc}
      question={current}
      total={questions.length}
      initialText={state.drafts[current.number]?.text ?? fileText}
      fileText={fileText}
      width={width}
      height={height}
      figures={props.figures}
      {...(props.scanFigures ? { scanFigures: props.scanFigures } : {})}
      {...(props.imageExists ? { imageExists: props.imageExists } : {})}
      onChange={(text) => dispatch({ type: 'EDIT_DRAFT', number: current.number, text, base: fileText })}
      onSave={() => write(current.number)}
      onNext={leave(1)}
      onPrevious={leave(-1)}
      onExit={leave(0)}
      onOpenEditor={props.openEditor}
      {...(preview ? { onPreview: () => preview(current.number) } : {})}
      color={color}
      keys={props.questionKeys}
      isActive={!state.help && state.hazard === null}
    />
  );
};
