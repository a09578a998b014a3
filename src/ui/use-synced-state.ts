import { useCallback, useRef, useState } from 'react';

/**
 * State that key handlers read through `get`: a key arriving before React renders again still sees the value the
 * previous key set.
 */
export const useSyncedState = <T>(initial: T): [T, () => T, (value: T) => void] => {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const get = useCallback(() => ref.current, []);
  const set = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
  }, []);
  return [value, get, set];
};
