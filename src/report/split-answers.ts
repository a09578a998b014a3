import type { CheckerVersion } from './generations.js';

/** How report.py slices a report: the answers it checks, or the exception it raises first. */
export type SplitResult = { answers: string[]; fatal: null } | { answers: null; fatal: string };

const stripLf = (s: string): string => {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 10) start++;
  while (end > start && s.charCodeAt(end - 1) === 10) end--;
  return s.slice(start, end);
};

/** The UTF-16 offset after the first `n` code points: Python's `text[n:]` counts code points, not units. */
const codePointOffset = (text: string, n: number): number => {
  let offset = 0;
  for (let k = 0; k < n && offset < text.length; k++) offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
};

const cut = (chunk: string): string => {
  const beforeH3 = chunk.slice(0, chunk.indexOf('###'));
  const h2 = beforeH3.indexOf('##');
  return h2 === -1 ? beforeH3 : beforeH3.slice(0, h2);
};

/**
 * Splits universal-newline text into answers exactly as report.py's `check` does, quirks included: only chunks
 * holding `###` are kept (cut there, then at `##`), and the last chunk is appended whole.
 */
export const splitAnswers = (text: string, checker: CheckerVersion): SplitResult => {
  if (checker.algorithm === 'legacy') {
    // Versions up to 2024-11-25: `text[43:]`, keep chunks with `###` (the first included), append the last, drop one.
    const chunks = text.slice(codePointOffset(text, 43)).split('Answer:');
    const kept = chunks.filter((c) => c.includes('###')).map(cut);
    kept.push(chunks[chunks.length - 1]!);
    return { answers: kept.slice(1).map(stripLf), fatal: null };
  }
  const chunks = text.split('Answer:');
  chunks.shift();
  if (chunks.length === 0) return { answers: null, fatal: 'IndexError: list index out of range' };
  const answers = chunks.filter((c) => c.includes('###')).map(cut);
  answers.push(chunks[chunks.length - 1]!);
  return { answers: answers.map(stripLf), fatal: null };
};
