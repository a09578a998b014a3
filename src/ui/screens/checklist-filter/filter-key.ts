import { checklistFilter } from '../../checklist-filter.js';
import { createTextBuffer } from '../../create-text-buffer.js';
import { editorKeyAction } from '../../editor-key-action.js';
import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import { textBuffer } from '../../text-buffer.js';
import type { WizardState } from '../../wizard-reducer.js';
import type { ScreenContext, Step } from '../step.js';
import { filterKeys } from './filter-keys.js';

/** What one key does while the checklist filter line has the keys: the keys its table lists, and typed text. */
export const filterKey = (state: WizardState, key: KeyPress, { doc }: ScreenContext): Step[] => {
  const binding = findBinding(filterKeys, key);
  if (binding?.action === 'keep') return [{ type: 'END_FILTER', keep: true }];
  if (binding?.action === 'clear') return [{ type: 'END_FILTER', keep: false }];
  const edit = editorKeyAction(key);
  // Typed text, or an edit the table lists; the editor's other keys (Enter, ↑↓) mean nothing on one line.
  if (edit === null || (binding === undefined && edit.type !== 'insert')) return [];
  const buffer = textBuffer(state.filterBuffer ?? createTextBuffer(state.filter), edit);
  const text = buffer.lines.join(' ');
  const steps: Step[] = [{ type: 'SET_FILTER_BUFFER', buffer }];
  if (text === state.filter) return steps;
  const shown = checklistFilter(doc.report.items, text);
  if (shown.length > 0 && !shown.some((i) => i.index === state.item))
    steps.push({ type: 'SELECT_ITEM', index: shown[0]!.index });
  return steps;
};
