import { countWords } from '../count-words.js';
import { describeChar } from './describe-char.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';
import { nonAsciiSpace } from './non-ascii-space.js';

const encoder = new TextEncoder();
const cp1252 = new TextDecoder('windows-1252');

/**
 * Non-ASCII spaces in an answer: report.py on Windows reads the UTF-8 file as cp1252, where most of them turn into
 * letters and stop separating words.
 */
export const nonAsciiSpaceRule: LintRule = ({ report, spans, lineOf }) => {
  const lints: Lint[] = [];
  report.questions.forEach((question, i) => {
    const span = spans[i];
    if (!span) return;
    const region = report.text.slice(span.start, span.end);
    const found = [...region.matchAll(nonAsciiSpace)];
    if (found.length === 0) return;
    const first = found[0]!;
    // fixReport works on the parsed region (up to the first sub-heading): only promise what it does.
    const fixed = found.every(
      (m) => span.start + m.index < question.region.end && span.start + m.index >= question.region.start,
    );
    const line = lineOf(span.start + first.index);
    const kinds = [...new Set(found.map((m) => m[0]))].map(describeChar).join(', ');
    const here = countWords(region);
    const windows = countWords(cp1252.decode(encoder.encode(region)));
    const n = question.number;
    const [it, they] = found.length === 1 ? ['it', 'it stops'] : ['them', 'they stop'];
    const effect =
      here === windows
        ? `report.py run on Windows reads the file as cp1252, which turns ${it} into other characters (the word count happens to stay ${here})`
        : `report.py run on Windows reads the file as cp1252, where ${they} separating words: it counts ${windows} words instead of ${here}`;
    lints.push({
      rule: 'non-ascii-space',
      question: n,
      line,
      message:
        `Question ${n}'s answer has ${found.length === 1 ? 'a non-ASCII space' : `${found.length} non-ASCII spaces`} ` +
        `(${kinds}) ${found.length === 1 ? 'on' : 'from'} line ${line}: ${effect}. Replace ${it} with ordinary space${found.length === 1 ? '' : 's'}${fixed ? ' (report-wizard fix does)' : ''}.`,
    });
  });
  return lints;
};
