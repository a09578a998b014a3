import { useCallback, useRef, useState } from 'react';

/**
 * A reducer's state that key handlers read through `get`: a key arriving before React renders again (Ink renders
 * after the stdin listener returns) still sees the state the previous key left.
 */
export const useLatestReducer = <S, A>(
  reducer: (state: S, action: A) => S,
  initial: () => S,
): [S, () => S, (action: A) => void] => {
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const get = useCallback(() => ref.current, []);
  const dispatch = useCallback(
    (action: A) => {
      const next = reducer(ref.current, action);
      if (next === ref.current) return;
      ref.current = next;
      setState(next);
    },
    [reducer],
  );
  return [state, get, dispatch];
};
