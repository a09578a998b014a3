/**
 * report.py's `!\[.*?\]\(.*?\)` with its target captured. Python's `.` stops only at `\n` (it matches U+2028 and
 * U+2029, which JavaScript's `.` skips); `\r` is excluded too because report.py reads with universal newlines, where a
 * lone CR is a line break. Use with `match`/`matchAll`/`replace` only, which never keep `lastIndex`.
 */
export const reportPyImage = /!\[[^\n\r]*?\]\(([^\n\r]*?)\)/g;
