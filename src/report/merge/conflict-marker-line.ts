/** A line git's merge writes around a conflict: `<<<<<<<`, `|||||||`, `=======` or `>>>>>>>`, alone or with a label. */
export const conflictMarkerLine = /^(?:<{7}|\|{7}|>{7})(?![<|>])(?:[ \t].*)?$|^={7}[ \t]*$/m;
