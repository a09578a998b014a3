import { countWords } from '../count-words.js';
import { plural } from '../plural.js';
import type { Line } from '../split-lines.js';
import type { Fence } from './render-code-edits.js';

/** A piece of report text for a message, cut to `max` characters with `...`. */
export const cut = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/** What the graded page makes of a fenced code block, and the indented-code fix with its effect on the count. */
export const codeMessage = (text: string, fence: Fence, close: Line, hasBlank: boolean): string => {
  const n = fence.line.number;
  const words = countWords(fence.line.content) + countWords(close.content);
  const code = text.slice(fence.line.next, close.start).trim().split(/\s+/).slice(0, 4).join(' ');
  // The start of the run as the page shows it, ending in "..." whether or not it was cut.
  const start = (run: string): string => (run.length > 40 ? cut(run, 40) : `${run} ...`);
  const shown =
    hasBlank || fence.char === '~'
      ? `as plain paragraphs with the "${fence.line.content.trim()}" lines written out`
      : // Code typed on the fence line (```bash make) comes first in the run, after the language name.
        `as one run of inline code on one line, starting with ${fence.info ? `the language name ("${start(`${fence.info} ${code}`)}")` : `the code ("${start(code)}")`}`;
  return (
    `The fenced code block on line ${n} (to line ${close.number}): the graded page shows it ${shown}, because Python-Markdown ` +
    'without extensions has no code fences. Indent the code by 4 spaces instead of fencing it, with a blank line ' +
    `before (report-wizard fix --code does; report.py then counts ${plural(words, 'word')} fewer, the fence lines).`
  );
};

/** Why a list item nests differently on the graded page, and how far to indent it. */
export const nestingMessage = (
  line: number,
  indent: number,
  depth: number,
  pythonDepth: number,
  own: 'ul' | 'ol',
): string => {
  if (depth > pythonDepth) {
    return (
      `The nested list item on line ${line} is indented by ${plural(indent, 'space')}: the graded page does not nest it, ` +
      `as Python-Markdown needs 4 spaces per level. Indent it by ${4 * depth} spaces (report-wizard fix does).`
    );
  }
  if (depth < pythonDepth) {
    return (
      `The list item on line ${line} is indented by ${plural(indent, 'space')}: the graded page nests it one level deeper than ` +
      `GitHub, as Python-Markdown nests by 4 spaces per level. Indent it by ${4 * depth} spaces.`
    );
  }
  return (
    `A ${own === 'ol' ? 'numbered' : 'bulleted'} list starts on line ${line} right after a ` +
    `${own === 'ol' ? 'bulleted' : 'numbered'} one: the graded page makes it part of the list above, with that ` +
    `list's ${own === 'ol' ? 'bullets' : 'numbers'}. Leave a line of text between the two lists, or nest it by 4 spaces.`
  );
};
