/** `1 word`, `2 words`: a count with its noun, for messages. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
