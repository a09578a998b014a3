import type { ItemEvidence } from '../evidence/find-evidence.js';
import { visibleText } from '../report/visible-text.js';

const mark = (item: ItemEvidence): string =>
  item.suggestion === 'check'
    ? '+'
    : item.suggestion === 'uncheck'
      ? '?'
      : item.evidence.length > 0
        ? '✓'
        : ' ';
const shorten = (text: string, width: number): string =>
  [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;

/**
 * The readable `evidence` output: a line per item with its box, a mark and its first file; `cut` says that a walk
 * without git stopped at `maxFiles` files.
 */
export const formatEvidence = (
  root: string,
  git: boolean,
  items: readonly ItemEvidence[],
  cut = false,
  maxFiles = 0,
): string => {
  const lines = [
    `${visibleText(root, { oneLine: true })} · ${git ? 'files git tracks' : 'no git: every file outside environments and data'}`,
    ...(cut
      ? [
          `  The scan stopped after the first ${maxFiles.toLocaleString('en-US')} files (without git there is no list of the ` +
            "repository's files): the rest were not looked at, so no item is called untraced. Run it inside the git " +
            'repository.',
        ]
      : []),
    '  ✓ evidence and ticked · + evidence, not ticked · ? ticked, no trace found',
    ...items.map((item) => {
      const head = `${String(item.number).padStart(4)} [${item.checked ? 'x' : ' '}] ${mark(item)} ${shorten(visibleText(item.text, { oneLine: true }), 60)}`;
      const first = item.evidence[0];
      if (first === undefined) return item.suggestion === 'uncheck' ? `${head} · no trace found` : head;
      const more = item.evidence.length > 1 ? ` (+${item.evidence.length - 1})` : '';
      return `${head} · ${visibleText(first.path, { oneLine: true })}${more}`;
    }),
    `With evidence: ${items.filter((i) => i.evidence.length > 0).length} · evidence, not ticked: ${items.filter((i) => i.suggestion === 'check').length} · ticked, no trace: ${items.filter((i) => i.suggestion === 'uncheck').length}`,
  ];
  return `${lines.join('\n')}\n`;
};
