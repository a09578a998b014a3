import { isUnanswered } from '../answer/is-unanswered.js';
import { countWords } from '../count-words.js';
import { placeholderPattern } from '../placeholder.js';
import type { RuleFix } from './lint-rule.js';
import { lineBreak, regionLines } from './region-lines.js';

const placeholder = new RegExp(placeholderPattern, 'gi');
const placeholderLine = new RegExp(String.raw`^[ 	]*${placeholderPattern}[ 	]*$`, 'i');
const placeholderAtStart = new RegExp(String.raw`^[ \t]*${placeholderPattern}`, 'i');
const placeholderInLine = new RegExp(String.raw`[ 	]*${placeholderPattern}`, 'gi');
const isBlank = (line: string): boolean => line.trim() === '';

/** Removes placeholders from an answer region, with the blank line that came with a placeholder line. */
const removePlaceholders = (region: string): string => {
  const lines = regionLines(region);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = line.replace(lineBreak, '');
    // Line 0 is the rest of the `Answer:` line: never dropped, so the marker keeps its line break.
    if (i > 0 && placeholderLine.test(content)) {
      if (content.length === line.length) {
        // The file ends with the placeholder and no line break: end it after the answer the same way.
        while (out.length > 1 && isBlank(out[out.length - 1]!)) out.pop();
        if (out.length > 1) out[out.length - 1] = out[out.length - 1]!.replace(lineBreak, '');
      } else if (i + 1 < lines.length && isBlank(lines[i + 1]!)) i++;
      continue;
    }
    const startsWithPlaceholder = placeholderAtStart.test(content);
    let kept = content.replace(placeholderInLine, '');
    if (startsWithPlaceholder) kept = kept.replace(/^[ \t]+/, '');
    out.push(kept + line.slice(content.length));
  }
  return out.join('');
};

/** `placeholder`'s repair: placeholders beside an answer go (a region holding only a placeholder keeps it). */
export const placeholderFix: RuleFix = {
  order: 2,
  region: (region, question, _eol, whole) => {
    const placeholders = [...region.matchAll(placeholder)].map((m) => m[0]);
    // Judged on the whole answer: text below a `####` sub-heading is an answer beside the placeholder too.
    if (placeholders.length === 0 || isUnanswered(whole)) return null;
    const n = question.number;
    return {
      region: removePlaceholders(region),
      fixes: placeholders.map((p) => ({
        rule: 'placeholder',
        question: n,
        message: `Removed the placeholder "${p}" from question ${n} (report.py counted its ${countWords(p)} words).`,
      })),
    };
  },
};
