/** The kinds of difference between the graded page and GitHub's view that the render lints name. */
export type RenderDifference =
  | 'render-list'
  | 'render-code'
  | 'render-table'
  | 'render-strike'
  | 'render-heading'
  | 'render-break'
  | 'render-html'
  | 'render-escape'
  | 'other';

const count = (html: string, pattern: RegExp): number => [...html.matchAll(pattern)].length;

/** Each `<li>` as its depth and the type of its list (`ul`/`ol`), in order: the list structure a reader sees. */
const listItems = (html: string): string[] => {
  const stack: string[] = [];
  const items: string[] = [];
  for (const m of html.matchAll(/<(\/?)(ul|ol|li)\b[^>]*>/g)) {
    if (m[2] === 'li') {
      if (!m[1]) items.push(`${stack.length}${stack.at(-1) ?? ''}`);
    } else if (m[1]) stack.pop();
    else stack.push(m[2]!);
  }
  return items;
};

/**
 * Two lists or quotes of one kind side by side: GitHub starts a new list when the bullet changes and keeps two quotes
 * apart where Python-Markdown joins them; a reader sees the same items, so they count as one.
 */
const joinNeighbours = (html: string): string =>
  html
    .replace(/<\/(ul|ol|blockquote)>\s*<\1>\s*/g, '')
    // Python-Markdown writes e-mail links as numeric entities; a browser shows the same.
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    // GitHub percent-encodes link targets; a browser reads both alike.
    .replace(/ (src|href)="([^"]*)"/g, (_, name: string, url: string) => {
      let decoded = url;
      try {
        decoded = decodeURI(url);
      } catch {
        // a lone % stays
      }
      return ` ${name}="${decoded.replace(/\\/g, '/')}"`;
    });

/** Text and tags once the harmless differences (paragraph wrappers, whitespace, classes, entities) are gone. */
const normalize = (html: string): string =>
  html
    .replace(/<img alt="([^"]*)" src="([^"]*)"/g, '<img src="$2" alt="$1"')
    .replace(/<\/?p>/g, ' ')
    .replace(/ class="[^"]*"/g, '')
    .replace(/<br \/>/g, '<br>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ?(<[^>]+>) ?/g, '$1')
    .trim();

/**
 * How the graded page (Python-Markdown) differs from GitHub's view (markdown-it with tables) of one document, by the
 * render rule that names it; `other` for a difference no rule names.
 */
export const renderDifferences = (gradedHtml: string, githubHtml: string): Set<RenderDifference> => {
  const graded = joinNeighbours(gradedHtml);
  const github = joinNeighbours(githubHtml);
  const found = new Set<RenderDifference>();
  if (listItems(graded).join() !== listItems(github).join()) found.add('render-list');
  if (count(graded, /<pre>/g) !== count(github, /<pre>/g)) found.add('render-code');
  if (count(graded, /<table>/g) !== count(github, /<table>/g)) found.add('render-table');
  if (count(graded, /<s>/g) !== count(github, /<s>/g)) found.add('render-strike');
  if (count(graded, /<h\d>/g) !== count(github, /<h\d>/g)) found.add('render-heading');
  // A backslash before a line break: GitHub makes it a <br />, the graded page keeps it.
  if (count(graded, /\\\n/g) !== count(github, /\\\n/g)) found.add('render-break');
  // A `<word>` GitHub shows as text, Python-Markdown takes for HTML (hidden) or an e-mail link.
  if (count(graded, /&lt;/g) !== count(github, /&lt;/g)) found.add('render-html');
  // A backslash before punctuation Python-Markdown does not escape (`\%`): it stays on the graded page.
  if (count(graded, /\\(?!\n)/g) !== count(github, /\\(?!\n)/g)) found.add('render-escape');
  if (count(graded, /<blockquote>/g) !== count(github, /<blockquote>/g)) found.add('other');
  if (found.size === 0 && normalize(graded) !== normalize(github)) found.add('other');
  return found;
};
