const questionHeading = /^###\s+Question\s+\d+/gim;

/**
 * Where a report-like file is when `reports/README.md` is not: the Markdown file with the most `### Question N`
 * headings (at least 10), the first such path on a tie; null when none has 10.
 */
export const reportLikePath = (files: readonly { path: string; text: string }[]): string | null => {
  let best: { path: string; count: number } | null = null;
  for (const file of files) {
    const count = file.text.match(questionHeading)?.length ?? 0;
    if (count >= 10 && (best === null || count > best.count)) best = { path: file.path, count };
  }
  return best?.path ?? null;
};
