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
