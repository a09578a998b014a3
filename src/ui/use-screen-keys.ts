import { useLayoutEffect, useState } from 'react';
import type { KeyDelivery } from './input/create-key-queue.js';
import { createKeyQueue } from './input/create-key-queue.js';
import type { KeyTargetSlot } from './input/key-target.js';
import { useKeypress } from './input/use-keypress.js';
import { errorMessage } from './effects/effect-context.js';
import type { Effect } from './effects/effect.js';
import { routeKey } from './screens/route-key.js';
import type { ScreenContext } from './screens/step.js';
import type { WizardAction, WizardState } from './wizard-reducer.js';

/**
 * The one place the wizard reads keys: each key goes, in order, to the open screen's pure handler (the question
 * screen, which keeps its editor itself, through `questionKeys`); its actions are dispatched and its effects run.
 */
export const useScreenKeys = (
  getState: () => WizardState,
  dispatch: (action: WizardAction) => void,
  run: (effect: Effect) => KeyDelivery,
  context: () => ScreenContext,
  questionKeys: KeyTargetSlot,
): void => {
  const [keys] = useState(() =>
    createKeyQueue(
      (key) => {
        const state = getState();
        const steps = routeKey(state, key, context());
        if (steps === 'question') {
          // The question screen registers itself when it is drawn: until then its keys wait.
          const target = questionKeys.current;
          return target === null || target.id !== state.question ? 'wait' : target.handle(key);
        }
        let delivery: KeyDelivery = undefined;
        for (const step of steps) {
          if ('type' in step) dispatch(step);
          else delivery = run(step);
        }
        return delivery;
      },
      (error) => dispatch({ type: 'NOTIFY', message: `That key failed: ${errorMessage(error)}` }),
    ),
  );
  useKeypress((pressed) => keys.push(pressed));
  // After every commit: a screen that has just been drawn takes the keys waiting for it.
  useLayoutEffect(() => keys.resume());
};
