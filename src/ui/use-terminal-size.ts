import { useStdout } from 'ink';
import { useCallback, useEffect, useState } from 'react';

/** The terminal size (or `fixed`, in tests), updated on resize so every screen re-wraps. */
export const useTerminalSize = (fixed?: {
  columns: number;
  rows: number;
}): { columns: number; rows: number } => {
  const { stdout } = useStdout();
  const read = useCallback(
    // A new object each time: a resize event always renders again.
    () => ({ columns: fixed?.columns ?? (stdout.columns || 80), rows: fixed?.rows ?? (stdout.rows || 24) }),
    [fixed, stdout],
  );
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, read]);
  return size;
};
