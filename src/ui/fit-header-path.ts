import { textWidth } from './text-width.js';

/**
 * The header's summary in `room` cells: the report's path and its counts, the path shortened first (to its last
 * folders, then `…/README.md`) so that the counts a student reads it for stay whole; only when even those do not fit
 * is the line cut (by the header, at its end).
 */
export const fitHeaderPath = (path: string, counts: string, room: number): string => {
  const line = (shown: string): string => `${shown} · ${counts}`;
  if (textWidth(line(path)) <= room) return line(path);
  const parts = path.split('/');
  for (let keep = parts.length - 1; keep >= 1; keep--) {
    const shown = `…/${parts.slice(-keep).join('/')}`;
    if (textWidth(line(shown)) <= room) return line(shown);
  }
  return line(`…/${parts.at(-1) ?? path}`);
};
