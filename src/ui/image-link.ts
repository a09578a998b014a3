import { toMarkdown } from 'mdast-util-to-markdown';

// Characters that mean something in a URL but not in Markdown: a file name holding them would point
// elsewhere (`#` starts a fragment, `%` an escape), so they are percent-encoded. Markdown's own syntax
// (spaces, brackets, parentheses, `<`, `>`) is left to mdast-util-to-markdown to escape.
const isControl = (char: string): boolean => char.charCodeAt(0) < 0x20 || char === '\u007F';
const isUrlSpecial = (char: string): boolean =>
  char === '%' || char === '#' || char === '?' || isControl(char);

const altText = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return Array.from(dot > 0 ? name.slice(0, dot) : name, (char) => (isControl(char) ? ' ' : char)).join('');
};

/**
 * A Markdown image for `path` (relative to the report, `/`-separated), its alt text the file name without
 * extension: `figures/a b.png` becomes `![a b](<figures/a b.png>)`, one image to report.py and GitHub alike.
 */
export const imageLink = (path: string): string => {
  const url = Array.from(path, (char) => (isUrlSpecial(char) ? encodeURIComponent(char) : char)).join('');
  return toMarkdown({ type: 'image', url, alt: altText(path), title: null }).trimEnd();
};

const isSpace = (char: string): boolean => /\s/u.test(char);

/**
 * Where a link goes when the cursor is at UTF-16 offset `col` of `line`: the end of the word the cursor is in, so
 * no word is split in two (which would add a word to report.py's count).
 */
export const wordEnd = (line: string, col: number): number => {
  let end = col;
  while (end < line.length && !isSpace(line[end]!)) end++;
  return end;
};

/**
 * The text to insert between `before` and `after` so that `link` stands on its own line with a blank line on either
 * side (Markdown then makes it a paragraph of its own), adding only the line breaks that are missing. report.py
 * splits words at any whitespace, so when `before` and `after` do not split a word, the count grows by the link's
 * words alone.
 */
export const imageBlock = (before: string, after: string, link: string): string => {
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  const above = lines.at(-2);
  // Text on the cursor's line: two breaks. A line of spaces is a blank line already (and spaces before the link
  // could make it code): one break. At a line's start: one break only when the line above holds text.
  const prefix =
    last.trim() !== '' ? '\n\n' : last !== '' ? '\n' : above === undefined || above.trim() === '' ? '' : '\n';
  const rest = after.split('\n');
  const first = rest[0] ?? '';
  const below = rest[1];
  const suffix = first.trim() !== '' ? '\n\n' : below === undefined || below.trim() === '' ? '' : '\n';
  return `${prefix}${link}${suffix}`;
};

/** `markdown` (an image) pointing at `path` instead, its alt text kept: the fix for a link broken by case or folder. */
export const relinkImage = (markdown: string, path: string): string => {
  const link = imageLink(path);
  const url = link.slice(link.lastIndexOf('](') + 2, -1);
  const alt = markdown.slice(2, markdown.indexOf(']('));
  return `![${alt}](${url})`;
};
