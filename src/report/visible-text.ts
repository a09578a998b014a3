// C0 controls but tab and line feed, DEL, and C1 controls: a terminal acts on these (ESC starts a sequence that can
// clear the screen, set the title or write the clipboard), so report text shows them instead of sending them.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const picture = (char: string): string => {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

/**
 * Text from the report made safe for a terminal: control characters other than tab and newline become visible
 * (ESC as ␛, CR as ␍, DEL as ␡, C1 controls as `<U+0085>`). The one helper every view uses before printing.
 */
export const visibleText = (text: string): string => text.replace(controls, picture);
