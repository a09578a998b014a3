import { pythonWhitespace } from './python-whitespace.js';

const word = new RegExp(`[^${pythonWhitespace}]+`, 'g');

/** `len(text.split())` in Python: the number of runs of non-whitespace characters. */
export const countWords = (text: string): number => {
  let count = 0;
  word.lastIndex = 0;
  while (word.exec(text) !== null) count++;
  return count;
};
