import { createKeyParser } from '../../src/ui/input/create-key-parser.js';
import type { KeyPress } from '../../src/ui/input/key-press.js';

/** The keys a terminal's writes stand for, as the wizard's input layer reads them (a trailing ESC is the Esc key). */
export const keysOf = (...chunks: string[]): KeyPress[] => {
  const parser = createKeyParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.flush()];
};

/** The one key `sequence` stands for. */
export const keyOf = (sequence: string): KeyPress => {
  const keys = keysOf(sequence);
  if (keys.length !== 1) throw new Error(`${JSON.stringify(sequence)} is ${keys.length} keys`);
  return keys[0]!;
};
