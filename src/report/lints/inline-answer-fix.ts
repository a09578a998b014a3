import type { RuleFix } from './lint-rule.js';
import { lineBreak, regionLines } from './region-lines.js';

const isBlank = (line: string): boolean => line.trim() === '';

/**
 * Moves text typed after `> Answer:` (and the quote lines continuing it) below the quote, after a blank line.
 * The region starts right after `Answer:`, so its first line is what was typed on the marker line.
 */
const moveInline = (region: string, eol: string): string => {
  const lines = regionLines(region);
  const first = lines[0] ?? '';
  let next = 1;
  const typed = [first.trim()];
  while (next < lines.length && lines[next]!.startsWith('>')) {
    typed.push(lines[next]!.replace(lineBreak, '').replace(/^>[ \t]?/, ''));
    next++;
  }
  while (typed.length > 1 && isBlank(typed[typed.length - 1]!)) typed.pop();
  const body = typed.join(eol);
  const rest = lines.slice(next).join('');
  const firstBreak = lineBreak.exec(first)?.[0] ?? '';
  // At the end of a file without a final line break, keep it without one.
  if (rest === '' && firstBreak === '') return `${eol}${eol}${body}`;
  const gap = rest === '' || /^[ \t]*(?:\r\n|\r|\n)/.test(rest) ? '' : eol;
  return `${firstBreak || eol}${eol}${body}${eol}${gap}${rest}`;
};

/** `inline-answer`'s repair: the answer typed on the `> Answer:` line moves below the quote (first of the repairs). */
export const inlineAnswerFix: RuleFix = {
  order: 1,
  region: (region, question, eol) => {
    if (!question.markerInQuote || question.inlineAnswer === null) return null;
    const n = question.number;
    return {
      region: moveInline(region, eol),
      fixes: [
        {
          rule: 'inline-answer',
          question: n,
          message: `Moved question ${n}'s answer from the "> Answer:" line to below the quote.`,
        },
      ],
    };
  },
};
