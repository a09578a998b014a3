// JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the bidi controls raw; some terminals act on a C1
// control (U+009B starts a sequence like ESC [ does), and a bidi override reorders the text shown after it.
const rawControls = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * JSON text as printed to a terminal: DEL, C1 and bidi controls written as `\u` escapes, so the value is the same for
 * any JSON reader and nothing in it is a control character. Every `--json` output goes through it.
 */
export const terminalJson = (json: string): string =>
  json.replace(rawControls, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
