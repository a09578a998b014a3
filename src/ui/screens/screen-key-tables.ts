import type { KeyBinding } from '../keys/key-binding.js';
import { keyTables } from '../keys/key-tables.js';
import type { WizardState } from '../wizard-reducer.js';

/** The key tables of the screen `state` shows, its own first: what its footer and its help list. */
export const screenKeyTables = (
  state: Pick<WizardState, 'screen' | 'filtering' | 'quitting'> & { hazard?: unknown },
): readonly (readonly KeyBinding<unknown>[])[] => {
  if (state.hazard) return [keyTables.hazard, keyTables.global];
  if (state.quitting) return [keyTables.quit, keyTables.global];
  if (state.screen === 'conflict') return [keyTables.conflict, keyTables.global];
  if (state.screen === 'parity') return [keyTables.parity, keyTables.global];
  if (state.screen === 'checklist')
    return state.filtering ? [keyTables.filter, keyTables.global] : [keyTables.checklist, keyTables.global];
  if (state.screen === 'question') return [keyTables.question, keyTables.editor, keyTables.global];
  return [keyTables.overview, keyTables.global];
};
