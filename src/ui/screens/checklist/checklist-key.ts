import type { KeyPress } from '../../input/key-press.js';
import { evidenceNotice } from '../../evidence-notice.js';
import { findBinding } from '../../keys/find-binding.js';
import { isSelectionMove } from '../../is-selection-move.js';
import { moveSelection } from '../../move-selection.js';
import type { WizardState } from '../../wizard-reducer.js';
import { helpOrQuit } from '../help-or-quit.js';
import type { ScreenContext, Step } from '../step.js';
import { checklistKeys } from './checklist-keys.js';
import { checklistView } from './checklist-view.js';

/** What one key does on the checklist: moves over the items the screen shows, a page being the items on screen. */
export const checklistKey = (state: WizardState, key: KeyPress, context: ScreenContext): Step[] => {
  const view = checklistView({
    report: context.doc.report,
    filter: state.filter,
    filtering: state.filtering,
    selected: state.item,
    width: context.columns,
    height: context.bodyHeight,
    evidence: state.evidence,
    suggestionFilter: state.suggestionFilter,
    kept: state.kept,
  });
  const { shown, selected: item } = view;
  // An item ticked out of a filter hands the selection on, as the screen shows it.
  const steps: Step[] = item !== null && item !== state.item ? [{ type: 'SELECT_ITEM', index: item }] : [];
  // A notice answers the key before: the next key makes it old news.
  if (state.notice !== null) steps.push({ type: 'NOTIFY', message: null });
  const at = shown.findIndex((i) => i.index === item);
  const action = findBinding(checklistKeys, key)?.action;
  if (isSelectionMove(action)) {
    const next = shown[moveSelection(action, at, shown.length, view.page)];
    return next ? [...steps, { type: 'SELECT_ITEM', index: next.index }] : steps;
  }
  if (action === 'help' || action === 'quit') return [...steps, ...helpOrQuit(action)];
  switch (action) {
    case 'toggle':
      if (item === null) return steps;
      // Unticked under "ticked, no trace", an item stays in view until the filter changes (Space again ticks it
      // back); ticked under "evidence, not ticked", it hands the selection on to the next one.
      return [
        ...steps,
        ...(state.suggestionFilter === 'uncheck' ? [{ type: 'KEEP_SHOWN' as const, index: item }] : []),
        { kind: 'toggle', index: item },
      ];
    case 'tickAll':
      return [...steps, { kind: 'tickAll' }];
    case 'undoTickAll':
      return [...steps, { kind: 'undoTickAll' }];
    case 'filter':
      return [...steps, { type: 'START_FILTER' }];
    case 'onlyEvidence':
    case 'onlyNoTrace':
      if (state.evidence?.kind !== 'found')
        return [...steps, { type: 'NOTIFY', message: evidenceNotice(state.evidence) }];
      return [...steps, { type: 'FILTER_SUGGESTION', only: action === 'onlyEvidence' ? 'check' : 'uncheck' }];
    case 'back':
      if ((state.filter !== '' || state.suggestionFilter !== null) && key.name === 'escape')
        return [...steps, { type: 'FILTER_SUGGESTION', only: null }, { type: 'SET_FILTER', text: '' }];
      return [...steps, { type: 'OPEN_OVERVIEW' }];
    case undefined:
      return steps;
  }
};
