import type { KeyPress } from '../input/key-press.js';
import { findBinding } from '../keys/find-binding.js';
import { globalKeys } from '../keys/global-keys.js';
import type { WizardState } from '../wizard-reducer.js';
import { checklistKey } from './checklist/checklist-key.js';
import { filterKey } from './checklist-filter/filter-key.js';
import { hazardKey } from './hazard/hazard-key.js';
import { conflictKey } from './conflict/conflict-key.js';
import { overviewKey } from './overview/overview-key.js';
import { parityKey } from './parity/parity-key.js';
import { quitKey } from './quit/quit-key.js';
import { handinKey } from './handin/handin-key.js';
import { questionKey } from './question/question-key.js';
import { resolveKey } from './resolve/resolve-key.js';
import type { ScreenContext, Step } from './step.js';

/** The screen registry for keys: which screen's pure handler one key goes to, and what it asks for. */
export const routeKey = (state: WizardState, key: KeyPress, context: ScreenContext): Step[] => {
  if (state.done) return [];
  if (state.help) return [{ type: 'SHOW_HELP', shown: false }];
  const global = findBinding(globalKeys, key)?.action;
  if (global === 'quit') return [{ type: 'ASK_QUIT' }];
  if (global === 'help') return [{ type: 'SHOW_HELP', shown: true }];
  if (state.hazard !== null) return hazardKey(state, key);
  if (state.quitting) return quitKey(key);
  switch (state.screen) {
    case 'conflict':
      return conflictKey(key);
    case 'checklist':
      return state.filtering ? filterKey(state, key, context) : checklistKey(state, key, context);
    case 'parity':
      return parityKey(state, key, context);
    case 'handin':
      return handinKey(state, key, context);
    case 'resolve':
      return resolveKey(state, key, context);
    case 'question':
      if (context.doc.report.questions.length > 0) return questionKey(state, key, context);
      return overviewKey(state, key, context);
    case 'overview':
      return overviewKey(state, key, context);
  }
};
