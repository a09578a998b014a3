/** A repair of a render lint as a splice of the text: `text.slice(0, start) + replacement + text.slice(end)`. */
export interface RenderEdit {
  question: number;
  /** `list`: a blank line before a list, nested items indented by 4 per level (safe); `code`: fences to indented code. */
  kind: 'list' | 'code';
  /** 1-based line the repair starts at. */
  line: number;
  start: number;
  end: number;
  replacement: string;
}
