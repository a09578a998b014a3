/** The 1-based line of the first occurrence of `needle` (which must occur). */
export const lineOfText = (text: string, needle: string): number => {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, at).split('\n').length;
};
