import { sliceCells } from './slice-cells.js';
import { textWidth } from './text-width.js';

/**
 * A key line (`↑↓ select · Enter open · ? help`) in `width` cells without cutting a key's words: where it is too
 * long, the keys at its end give way to `…`, except the one that opens the help, which lists them all.
 */
export const fitKeyLine = (line: string, width: number): string => {
  if (textWidth(line) <= width) return line;
  const entries = line.split(' · ');
  const help = entries.filter((entry) => entry.endsWith(' help'));
  const kept: string[] = [];
  for (const entry of entries) {
    if (help.includes(entry)) continue;
    if (textWidth([...kept, entry, '…', ...help].join(' · ')) > width) break;
    kept.push(entry);
  }
  const shown = [...kept, '…', ...help].join(' · ');
  return textWidth(shown) <= width ? shown : sliceCells(shown, width);
};
