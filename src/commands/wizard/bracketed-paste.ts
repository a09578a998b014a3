/** Turns bracketed paste on: the terminal marks a paste, so a pasted Tab or line break is text, not a key. */
export const pasteOn = '\u001B[?2004h';

/** Turns bracketed paste off, as the terminal was before the wizard. */
export const pasteOff = '\u001B[?2004l';
