/** The quit prompt's question about the unwritten text of questions `drafts`. */
export const quitQuestion = (drafts: readonly number[]): string =>
  `${drafts.length === 1 ? `Question ${drafts[0]} has` : `Questions ${drafts.join(', ')} have`} unwritten text. Write it to the file before quitting?`;
