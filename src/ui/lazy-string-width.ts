import stripAnsi from 'strip-ansi';
import { plainWidth } from './plain-width.js';

/** string-width's signature. */
type StringWidth = (
  input: string,
  options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean },
) => number;

/**
 * string-width that loads only when needed: `load` gives the real one, called the first time a text is not made only
 * of printable ASCII and the code points of plain-width.ts (ANSI styles aside), which it measures itself when
 * `plain`. The wizard bundle puts it in place of every string-width (scripts/build.js): string-width builds its
 * emoji pattern (\p{RGI_Emoji}) and a grapheme segmenter when it loads, a fifth of the first frame's instructions,
 * and the first frame shows nothing it needs them for unless the report's prompts hold rarer characters.
 */
export const lazyStringWidth = (load: () => StringWidth, plain: boolean): StringWidth => {
  let real: StringWidth | undefined;
  return (input, options) => {
    if (
      plain &&
      typeof input === 'string' &&
      options?.ambiguousIsNarrow !== false &&
      !options?.countAnsiEscapeCodes
    ) {
      const text = input.includes('\u001B') || input.includes('\u009B') ? stripAnsi(input) : input;
      let width = 0;
      for (let index = 0; index < text.length && width >= 0; index++) {
        const cells = plainWidth(text.charCodeAt(index));
        width = cells === undefined ? -1 : width + cells;
      }
      if (width >= 0) return width;
    }
    real ??= load();
    return real(input, options);
  };
};
