import type { BlockLine } from './block-line.js';

/** An open fenced code block: the run of backticks or tildes that opened it. */
export type OpenFence = string;

/**
 * CommonMark's fences at the top level, a line at a time (outside quotes, indented by at most 3 spaces): the fence
 * `block` opens (null when it opens none), or, inside `open`, whether it closes it (null) or stays code (`open`). A
 * closing fence is the same character, at least as long, and nothing but spaces and tabs after it.
 */
export const nextFence = (open: OpenFence | null, block: BlockLine): OpenFence | null => {
  const run = block.prefix === '' && block.indent < 4 ? block.fence : null;
  if (run === null) return open;
  if (open === null) return run.opens ? run.marker : null;
  const closes =
    run.marker.charCodeAt(0) === open.charCodeAt(0) &&
    run.marker.length >= open.length &&
    /^[ \t]*$/.test(run.info);
  return closes ? null : open;
};
