// Python's `.` matches everything but `\n` (including `\r`, U+2028 and U+2029, which JavaScript's `.` skips).
const image = /!\[[^\n]*?\]\([^\n]*?\)/g;

/** `len(re.findall(r"\!\[.*?\]\(.*?\)", text))` in Python: Markdown images on one line each. */
export const countImages = (text: string): number => {
  let count = 0;
  image.lastIndex = 0;
  while (image.exec(text) !== null) count++;
  return count;
};
