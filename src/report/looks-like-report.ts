/** Whether a text is (what is left of) an exam report: a `### Question` heading or an `Answer:` somewhere. */
export const looksLikeReport = (text: string): boolean =>
  text.includes('Answer:') || /^#{1,6}[ \t]*Question\b/im.test(text);
