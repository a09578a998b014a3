// Python's `.` matches everything but `\n` (including `\r`, U+2028 and U+2029, which JavaScript's `.` skips).
const image = /!\[[^\n]*?\]\([^\n]*?\)/g;

/** `len(re.findall(r"\!\[.*?\]\(.*?\)", text))` in Python: Markdown images on one line each. */
export const countImages = (text: string): number =>
  text.includes('![') ? (text.match(image)?.length ?? 0) : 0;
