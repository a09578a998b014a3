import { codePointWidth } from './code-point-width.js';

/** The longest prefix of `text` that fits in `cells` terminal cells. */
export const sliceCells = (text: string, cells: number): string => {
  let used = 0;
  let result = '';
  for (const char of text) {
    used += codePointWidth(char);
    if (used > cells) break;
    result += char;
  }
  return result;
};
