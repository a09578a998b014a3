/** Half-open range of UTF-16 offsets into the report text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One `* [ ]` line of the checklist, with any indented continuation lines. */
export interface ChecklistItem {
  /** 1-based position in the whole checklist, as `status` lists it. */
  index: number;
  /** The `###` heading the item sits under, e.g. `Week 1`, `Extra`. */
  week: string;
  /** Item text without bullet and box, continuation lines joined by a space. */
  text: string;
  checked: boolean;
  /** Offset of the character inside `[ ]` (space, `x` or `X`): toggling rewrites exactly this one character. */
  markOffset: number;
  bullet: '*' | '-';
  /** Module tags such as `M17`, in order of appearance. */
  modules: string[];
  /** 1-based line of the box. */
  line: number;
  /** The item's lines, continuation included (without the final line break). */
  span: Span;
}

/** A `### Week N` (or `### Extra`) group of the checklist. */
export interface ChecklistWeek {
  title: string;
  items: ChecklistItem[];
}

/** A `##` section such as `Coding environment`. */
export interface Section {
  title: string;
  /** 1-based line of the `##` heading. */
  line: number;
}

/** Recommended answer length as the template states it. */
export interface LengthRange {
  min: number;
  max: number;
}

/** A `### Question N` as `check` and the lints read it: where it sits and what its answer holds. */
export interface QuestionStructure {
  /** The number written in the heading. */
  number: number;
  /** 0-based position among the question headings (report.py numbers answers by position, not by heading). */
  position: number;
  /** Title of the `##` section the question sits in, or null before any. */
  section: string | null;
  /** The heading line, without line break. */
  heading: Span;
  /** 1-based line of the heading. */
  line: number;
  /** The literal `Answer:` that starts this answer, or null when the question has none. */
  answerMarker: Span | null;
  /** 1-based line of the `Answer:` marker, or null. */
  answerLine: number | null;
  /** Whether the marker sits in a `>` quote line (the template's layout). */
  markerInQuote: boolean;
  /** From just after `Answer:` to the next `##`/`###` heading line (or end of file); empty when no marker. */
  region: Span;
  /** The answer as a student reads it: region without the surrounding blank lines, LF line endings. */
  answer: string;
  /** Text typed on the `> Answer:` line itself, inside the quote, or null. */
  inlineAnswer: string | null;
  /** Whether `--- question N fill here ---` is still in the region. */
  placeholder: boolean;
}

/** One `### Question N` with its prompt and answer. */
export interface Question extends QuestionStructure {
  /** The bold prompt, markdown emphasis and quote markers removed, lines joined by spaces. */
  prompt: string;
  /** `Recommended answer length: a-b words` (or `Answer length:`), when the template states one. */
  recommendedLength: LengthRange | null;
  /** The example text (quote markers and emphasis removed), or null. */
  example: string | null;
}

/** A problem with the report's structure found while parsing. */
export interface Diagnostic {
  /** Stable identifier, e.g. `missing-question`. */
  code: string;
  /** One sentence a student can act on. */
  message: string;
  /** 1-based line, or null when the problem has no single place. */
  line: number | null;
  /** The question it concerns, or null. */
  question: number | null;
}

/** Identifier of a template generation in `templates/generations.json`. */
export type GenerationId = '2023' | '2024' | '2025' | '2026';

/**
 * A report's structure, what `check` and the lints read (see `parseReportStructure`): every offset points into `text`,
 * which is kept byte for byte.
 */
export interface ReportStructure {
  text: string;
  /** The line ending new text is written with: the first one the file uses, a lone CR too (LF when it has none). */
  eol: '\n' | '\r\n' | '\r';
  /** Whether the text starts with U+FEFF. */
  bom: boolean;
  /** Jekyll front matter (`---\nlayout: default …\n---`), or null. */
  frontMatter: Span | null;
  sections: Section[];
  questions: QuestionStructure[];
  /** The template generation this report looks like, or null when it matches none. */
  generation: GenerationId | null;
  diagnostics: Diagnostic[];
}

/** A parsed report: its structure plus the questions' prompts and the checklist (see `parseReport`). */
export interface Report extends ReportStructure {
  questions: Question[];
  checklist: ChecklistWeek[];
  /** All checklist items, in order (the same objects as in `checklist`). */
  items: ChecklistItem[];
}
