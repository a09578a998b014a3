/** An ATX heading line: its level and title. */
export interface Heading {
  level: number;
  title: string;
}

const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/** Reads a line as an ATX heading (`### Question 3`), or null when it is not one. */
export const parseHeading = (line: string): Heading | null => {
  // Most lines are not headings: skip the regex unless a `#` opens the line (after at most 3 spaces).
  const hash = line.indexOf('#');
  if (hash === -1 || hash > 3) return null;
  const match = atx.exec(line);
  return match ? { level: match[1]!.length, title: (match[2] ?? '').trim() } : null;
};

/** The question number of a heading title like `Question 12` (anything may follow), or null. */
export const questionNumber = (title: string): number | null => {
  const match = /^\**Question\s+(\d+)\b/i.exec(title);
  return match ? Number(match[1]) : null;
};
