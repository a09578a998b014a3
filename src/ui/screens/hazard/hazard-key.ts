import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import type { WizardState } from '../../wizard-reducer.js';
import type { Step } from '../step.js';
import { hazardKeys } from './hazard-keys.js';

/** What one key does on the question asked before writing text report.py would misread. */
export const hazardKey = (state: WizardState, key: KeyPress): Step[] => {
  const hazard = state.hazard;
  if (hazard === null) return [];
  switch (findBinding(hazardKeys, key)?.action) {
    case 'write':
      return [
        { type: 'ALLOW_HAZARD' },
        hazard.then === 'quit'
          ? { kind: 'writeAllAndQuit' }
          : { kind: 'writeAnswer', number: hazard.question, then: hazard.then },
      ];
    case 'edit':
      return [{ type: 'CLOSE_HAZARD' }];
    case undefined:
      return [];
  }
};
