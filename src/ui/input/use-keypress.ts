import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { createKeyParser } from './create-key-parser.js';
import type { KeyPress } from './key-press.js';

/**
 * Reads the terminal's input as keys: every chunk is split into keypresses (a chunk often holds several). A lone ESC
 * at a chunk's end waits `escapeDelayMs` for more before it counts as the Esc key; an escape sequence cut at a
 * chunk's end waits `sequenceDelayMs` for its rest before it is dropped.
 * The one place the wizard reads stdin; `onKeys` may change between renders.
 */
export const useKeypress = (
  onKeys: (keys: KeyPress[]) => void,
  {
    isActive = true,
    escapeDelayMs = 50,
    sequenceDelayMs = 500,
  }: { isActive?: boolean; escapeDelayMs?: number; sequenceDelayMs?: number } = {},
): void => {
  const { stdin, setRawMode, isRawModeSupported } = useStdin();
  const handler = useRef(onKeys);
  handler.current = onKeys;
  useEffect(() => {
    if (!isActive) return;
    if (isRawModeSupported) setRawMode(true);
    const parser = createKeyParser();
    const decoder = new TextDecoder();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let immediate: ReturnType<typeof setImmediate> | undefined;
    const emit = (keys: KeyPress[]): void => {
      if (keys.length > 0) handler.current(keys);
    };
    const onData = (chunk: string | Uint8Array): void => {
      clearTimeout(timer);
      clearImmediate(immediate);
      emit(parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })));
      // A lone ESC is the Esc key after a short wait; the start of a sequence cut by a slow link gets longer.
      const waiting = parser.waiting();
      if (waiting !== null)
        timer = setTimeout(
          // Flushed from the check phase, after the event loop has polled once more: when a long render blocked the
          // loop past the delay, the rest of the sequence is already waiting in stdin and arrives first, instead of
          // being typed as text after an Esc.
          () => (immediate = setImmediate(() => emit(parser.flush()))),
          waiting === 'escape' ? escapeDelayMs : sequenceDelayMs,
        );
    };
    stdin.on('data', onData);
    return () => {
      clearTimeout(timer);
      clearImmediate(immediate);
      stdin.off('data', onData);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [stdin, setRawMode, isRawModeSupported, isActive, escapeDelayMs, sequenceDelayMs]);
};
