import type { Span } from './model.js';

/** An answer region cut into its parts: `region = lead + body + trail`, with any inline text kept apart. */
export interface AnswerParts {
  /** Text on the `Answer:` line itself, after the marker (trimmed), or null when only whitespace follows it. */
  inline: string | null;
  /** Whitespace before the body: the rest of the marker line, its line break and blank lines. */
  lead: string;
  /** The answer's lines, from the first non-blank one to the last non-whitespace character. */
  body: string;
  /** Whitespace after the body up to the region's end. */
  trail: string;
}

/** Cuts the region after an `Answer:` marker into inline text, leading blank lines, body and trailing whitespace. */
export const readAnswer = (text: string, region: Span): AnswerParts => {
  const raw = text.slice(region.start, region.end);
  const firstBreak = raw.search(/\r\n|\r|\n/);
  const firstLine = firstBreak === -1 ? raw : raw.slice(0, firstBreak);
  const inline = firstLine.trim() === '' ? null : firstLine.trim();
  const afterFirst = inline === null ? 0 : firstBreak === -1 ? raw.length : firstBreak;
  const rest = raw.slice(afterFirst);
  const leadLength = /^[ \t\r\n]*$/.test(rest)
    ? rest.length
    : /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(rest)![0].length;
  const afterLead = rest.slice(leadLength);
  let bodyLength = afterLead.length;
  while (bodyLength > 0 && ' \t\r\n'.includes(afterLead[bodyLength - 1]!)) bodyLength--;
  return {
    inline,
    lead: raw.slice(0, afterFirst) + rest.slice(0, leadLength),
    body: afterLead.slice(0, bodyLength),
    trail: afterLead.slice(bodyLength),
  };
};

/** The answer as a student reads it (LF line endings): inline text, then the body below the quote. */
export const answerText = (parts: AnswerParts): string => {
  // Most reports have no CR: no search of every answer for one.
  const body = parts.body.includes('\r') ? parts.body.replace(/\r\n?/g, '\n') : parts.body;
  if (parts.inline === null) return body;
  return body === '' ? parts.inline : `${parts.inline}\n\n${body}`;
};
