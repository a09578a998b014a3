import { expect } from 'vitest';

/**
 * What a report's text can hold that a terminal acts on: OSC 0 (sets the title, ended by BEL), CSI 2J (clears the
 * screen), DEL, and the C1 control U+009B (CSI in one character). A CR ends a line in report text, so it is added
 * only where it survives: file names and arguments (`controlsWithCr`).
 */
export const controls = '\u001b]0;x\u0007\u001b[2J\u007f\u009b';

/** `controls` as every view shows it. */
export const controlsShown = '␛]0;x␇␛[2J␡<U+009B>';

/** More that `controls` leaves out: the C1 controls U+009D (OSC) and U+009C (ST), and the bidi controls U+202E
 * (right-to-left override) and U+2066 (left-to-right isolate), which reorder what is shown after them. */
export const moreControls = '\u009d\u009c\u202e\u2066';

/** `moreControls` as every view shows it. */
export const moreControlsShown = '<U+009D><U+009C><U+202E><U+2066>';

/** `controls` with a carriage return, for file names and command-line arguments. */
export const controlsWithCr = `${controls}\r`;

/** `controlsWithCr` as every view shows it. */
export const controlsWithCrShown = `${controlsShown}␍`;

// Control characters but tab and newline, and the bidi controls: what a terminal acts on.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Fails with the offending character and its surroundings when `output` holds a control other than tab or LF. */
export const expectNoRawControls = (output: string): void => {
  const at = output.search(rawControl);
  const found =
    at === -1
      ? null
      : `U+${output.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(output.slice(Math.max(0, at - 30), at + 30))}`;
  expect(found).toBeNull();
};
