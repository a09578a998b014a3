import type { KeyPress } from '../input/key-press.js';
import { findBinding } from '../keys/find-binding.js';
import { globalKeys } from '../keys/global-keys.js';
import type { WizardState } from '../wizard-reducer.js';
import { quitKey } from './quit/quit-key.js';
import { quitPromptShown } from './quit/quit-prompt-shown.js';
import { routeKey } from './route-key.js';
import type { ScreenContext, Step } from './step.js';

/**
 * Where a key goes while the terminal is too small to show the screens: Ctrl+C does what it always does, and the quit
 * prompt's keys answer its question, which the too-small message then shows (`FrameBox`); every other key is dropped,
 * so nothing the student cannot see is edited or moved.
 */
export const tooSmallKey = (state: WizardState, key: KeyPress, context: ScreenContext): Step[] => {
  if (findBinding(globalKeys, key)?.action === 'quit') return routeKey(state, key, context);
  if (!state.done && quitPromptShown(state)) return quitKey(key);
  return [];
};
