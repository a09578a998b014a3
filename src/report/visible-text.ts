// C0 controls but tab and line feed, DEL, and C1 controls: a terminal acts on these (ESC starts a sequence that can
// clear the screen, set the title or write the clipboard), so report text shows them instead of sending them. The
// bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder what follows them on the
// screen, so that a line can show other text than it holds: shown too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, with tab and line feed, for text that must stay on one line
const lineControls = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const picture = (char: string): string => {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

/**
 * Text from the report made safe for a terminal: control characters other than tab and newline become visible
 * (ESC as ␛, CR as ␍, DEL as ␡, C1 controls and bidi controls as `<U+0085>`, `<U+202E>`). The one helper every view
 * uses before printing; `oneLine` shows tab and newline too (␉, ␊), for a file name or a value that must not break
 * its line.
 */
export const visibleText = (text: string, options: { oneLine?: boolean } = {}): string =>
  text.replace(options.oneLine === true ? lineControls : controls, picture);
