/** An open fenced code block: the run of backticks or tildes that opened it. */
export type OpenFence = string;

const opener = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const closer = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * CommonMark's fences, a line at a time: the fence `line` opens (null when it opens none), or, inside `open`, whether
 * it closes it (null) or stays code (`open`). A backtick run followed by another backtick on its line (```` ```x``` ````)
 * is inline code, not a fence; a closing fence is the same character, at least as long, and nothing else.
 */
export const nextFence = (open: OpenFence | null, line: string): OpenFence | null => {
  // Most lines hold no fence: look for its character within the first four before any regex.
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const first = line.charCodeAt(at);
  if (first !== 96 && first !== 126) return open;
  if (open !== null) {
    const close = closer.exec(line);
    return close && close[1]![0] === open[0] && close[1]!.length >= open.length ? null : open;
  }
  const opens = opener.exec(line);
  if (opens === null || (opens[1]![0] === '`' && opens[2]!.includes('`'))) return null;
  return opens[1]!;
};
