import type { LengthRange } from './model.js';

/** What the template's quote says about a question. */
export interface PromptParts {
  prompt: string;
  recommendedLength: LengthRange | null;
  example: string | null;
}

// One native replace: splitting into words and joining them again made reading the prompts a tenth of `check`.
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
// Emphasis markers at a word's edge (`*text*`, `_text_`, `**text**`); underscores inside words stay.
const unemphasise = (s: string): string => s.replace(/(^|\s)[*_]+|[*_]+(?=\s|$|[.,;:!?])/g, '$1');

/** The recommended length a question's quote text states (`>` markers removed), or null. */
export const readRecommendedLength = (quote: string): LengthRange | null => {
  const length = /(?:Recommended\s+)?answer\s+length:\s*(\d+)\s*[-\u2013]\s*(\d+)/i.exec(quote);
  return length ? { min: Number(length[1]), max: Number(length[2]) } : null;
};

/** Reads the prompt, recommended length and example out of a question's quote text (`>` markers removed). */
export const readPrompt = (quote: string): PromptParts => {
  const bold = [...quote.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!);
  const exampleAt = quote.search(/Example:/i);
  const example =
    exampleAt === -1
      ? null
      : squash(unemphasise(quote.slice(exampleAt + 'Example:'.length).replace(/Answer:[\s\S]*$/, '')));
  const firstParagraph = quote.split(/\n\s*\n/)[0] ?? '';
  return {
    prompt: squash(bold.length > 0 ? bold.join(' ') : unemphasise(firstParagraph)),
    recommendedLength: readRecommendedLength(quote),
    example: example === '' ? null : example,
  };
};
