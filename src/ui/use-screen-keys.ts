import { useLayoutEffect, useState } from 'react';
import type { KeyDelivery } from './input/create-key-queue.js';
import { createKeyQueue } from './input/create-key-queue.js';
import { useKeypress } from './input/use-keypress.js';
import { errorMessage } from './effects/effect-context.js';
import type { Effect } from './effects/effect.js';
import { routeKey } from './screens/route-key.js';
import { tooSmallKey } from './screens/too-small-key.js';
import type { ScreenContext } from './screens/step.js';
import type { WizardAction, WizardState } from './wizard-reducer.js';

// Which screen a state shows: the question screen is one per question.
const place = (state: WizardState): string =>
  state.screen === 'question' ? `question ${state.question}` : state.screen;

/** What the keys need: the state drawn and its body's size, the newest state, and where steps go. */
export interface ScreenKeysOptions {
  shown: WizardState;
  layout: { columns: number; bodyHeight: number };
  /** Whether the terminal is too small to show the screens (see `tooSmallKey`). */
  tooSmall: boolean;
  getState: () => WizardState;
  dispatch: (action: WizardAction) => void;
  run: (effect: Effect) => KeyDelivery;
  /** The rest of what a handler knows at the moment of the key: the report, the clock. */
  context: () => Omit<ScreenContext, 'columns' | 'bodyHeight'>;
}

/**
 * The one place the wizard reads keys: each key goes, in order, to the open screen's pure handler, with the body's size
 * as drawn; its actions are dispatched and its effects run (an effect that returns a promise holds the next keys until
 * it settles). After a change of screen the next key waits until `shown` (the state drawn) is that screen: keys typed
 * ahead pass through every screen on the terminal, as the student would. While the terminal is too small to show the
 * screens, only Ctrl+C and the quit prompt's keys act (`tooSmallKey`).
 */
export const useScreenKeys = ({
  shown,
  layout,
  tooSmall,
  getState,
  dispatch,
  run,
  context,
}: ScreenKeysOptions): void => {
  const [input] = useState(() => {
    const drawn = { place: place(shown), layout, tooSmall };
    const keys = createKeyQueue(
      (key) => {
        const state = getState();
        if (place(state) !== drawn.place) return 'wait';
        let delivery: KeyDelivery = undefined;
        const route = drawn.tooSmall ? tooSmallKey : routeKey;
        for (const step of route(state, key, { ...context(), ...drawn.layout })) {
          if ('type' in step) dispatch(step);
          else delivery = run(step);
        }
        return delivery;
      },
      (error) => dispatch({ type: 'NOTIFY', message: `That key failed: ${errorMessage(error)}` }),
    );
    return { keys, drawn };
  });
  useKeypress((pressed) => input.keys.push(pressed));
  useLayoutEffect(() => {
    input.drawn.place = place(shown);
    input.drawn.layout = layout;
    input.drawn.tooSmall = tooSmall;
    input.keys.resume();
  });
};
