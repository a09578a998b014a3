// JSON.stringify escapes C0 controls but leaves DEL and C1 controls raw, and some terminals act on a C1 control
// (U+009B starts a sequence like ESC [ does).
const rawControls = /[\u007F-\u009F]/g;

/**
 * JSON text as printed to a terminal: DEL and C1 controls written as `\u` escapes, so the value is the same for
 * any JSON reader and nothing in it is a control character.
 */
export const terminalJson = (json: string): string =>
  json.replace(rawControls, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
