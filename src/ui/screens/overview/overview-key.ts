import { answerStatus } from '../../../report/answer/answer-status.js';
import { findBinding } from '../../keys/find-binding.js';
import type { KeyPress } from '../../input/key-press.js';
import { isSelectionMove } from '../../is-selection-move.js';
import { moveSelection } from '../../move-selection.js';
import { nextFailing } from '../../next-failing.js';
import { numberJump } from '../../number-jump.js';
import type { WizardState } from '../../wizard-reducer.js';
import { helpOrQuit } from '../help-or-quit.js';
import type { ScreenContext, Step } from '../step.js';
import { overviewKeys } from './overview-keys.js';

/** What one key does on the overview. */
export const overviewKey = (
  state: WizardState,
  key: KeyPress,
  { doc, bodyHeight, now }: ScreenContext,
): Step[] => {
  const questions = doc.report.questions;
  const at = Math.max(
    0,
    questions.findIndex((q) => q.number === state.question),
  );
  const select = (index: number | null): Step[] => {
    const target = index === null ? undefined : questions[index];
    return target === undefined ? [] : [{ type: 'SELECT_QUESTION', number: target.number }];
  };
  const failing = (step: 1 | -1): Step[] => {
    const passes = questions.map((q) => {
      const { state: shown } = answerStatus(doc, q, state.drafts[q.number]?.text);
      return shown === 'passing' || shown === 'warned';
    });
    const index = nextFailing(passes, at, step);
    return index === null ? [{ type: 'NOTIFY', message: 'Every question passes.' }] : select(index);
  };
  const action = findBinding(overviewKeys, key)?.action;
  if (isSelectionMove(action))
    return select(moveSelection(action, at, questions.length, Math.max(1, bodyHeight - 2)));
  if (action === 'help' || action === 'quit') return helpOrQuit(action);
  switch (action) {
    case 'nextFailing':
      return failing(1);
    case 'previousFailing':
      return failing(-1);
    case 'digit': {
      const jump = numberJump(state.jump, key.name, now, (n) =>
        questions.some((q) => String(q.number) === n),
      );
      const index = questions.findIndex((q) => String(q.number) === jump.typed);
      return [{ type: 'JUMP_TYPED', jump }, ...select(index === -1 ? null : index)];
    }
    case 'open': {
      const current = questions.find((q) => q.number === state.question) ?? questions[0];
      return [{ type: 'OPEN_QUESTION', number: current?.number ?? 1 }];
    }
    case 'checklist':
      return [{ type: 'OPEN_CHECKLIST' }];
    case 'parity':
      return [{ kind: 'parity' }];
    case 'handin':
      return [{ type: 'OPEN_HANDIN' }];
    case 'resolve':
      return [{ kind: 'openResolve' }];
    case undefined:
      return [];
  }
};
