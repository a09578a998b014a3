import type { ReportDoc } from '../../report/answer/report-doc.js';
import type { WizardState } from '../wizard-reducer.js';
import { ChecklistScreen } from './checklist/ChecklistScreen.js';
import { ConflictView } from './conflict/ConflictView.js';
import { Overview } from './overview/Overview.js';
import { ParityScreen } from './parity/ParityScreen.js';
import { openQuestion } from './question/open-question.js';
import { QuestionScreen } from './question/QuestionScreen.js';
import { QuitPrompt } from './quit/QuitPrompt.js';
import type { WizardResolve } from '../effects/effect-context.js';
import { HandinScreen } from './handin/HandinScreen.js';
import { resolveConflicts } from './resolve/resolve-conflicts.js';
import { ResolveScreen } from './resolve/ResolveScreen.js';

/** What the body needs: the state, the report and the space (every screen's keys are handled elsewhere). */
export interface ScreenBodyProps {
  state: WizardState;
  doc: ReportDoc;
  width: number;
  height: number;
  color: boolean;
  /** Whether Ctrl+E has an editor to open. */
  hasEditor: boolean;
  resolve?: WizardResolve | undefined;
}

/** The screen registry for views: the body of the screen `state` shows. */
export const ScreenBody = (props: ScreenBodyProps) => {
  const { state, doc, width, height, color } = props;
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
  const open = state.screen === 'question' ? openQuestion(state, doc, width) : null;
  if (open === null)
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
  return (
    <QuestionScreen
      key={open.question.number}
      doc={doc}
      question={open.question}
      total={doc.report.questions.length}
      screen={open.screen}
      width={width}
      height={height}
      hasEditor={props.hasEditor}
      color={color}
      isActive={!state.help && state.hazard === null}
    />
  );
};
