import { useCallback, useRef, useState } from 'react';
import type { StateStore } from '../io/state-store.js';
import { savedChanged, toSaved } from './to-saved.js';
import { type WizardAction, type WizardState, wizardReducer } from './wizard-reducer.js';

/**
 * The wizard's state: rendered by React, read by key handlers through `get`. Handlers never read a render's
 * closure: Ink 6 with React 19 renders a setState made in a stdin listener only after the listener returns, so
 * every key of a chunk is handled before React draws the first one's effect. Saved to `store` as it changes.
 */
export const useWizardStore = (
  initial: () => WizardState,
  store: StateStore,
  path: string,
): [WizardState, () => WizardState, (action: WizardAction) => void] => {
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const get = useCallback(() => ref.current, []);
  const dispatch = useCallback(
    (action: WizardAction): void => {
      const previous = ref.current;
      const next = wizardReducer(previous, action);
      if (next === previous) return;
      ref.current = next;
      setState(next);
      // At once rather than after the render: a signal that ends the process flushes the newest state.
      if (savedChanged(previous, next)) store.set(path, toSaved(next));
    },
    [store, path],
  );
  return [state, get, dispatch];
};
