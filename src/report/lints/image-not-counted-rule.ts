import { reportPyImage } from '../report-py-image.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

const kinds: { pattern: RegExp; what: string; fix: string }[] = [
  {
    pattern: /<img\b[^>]*>/gi,
    what: 'an HTML <img> tag',
    fix: 'write it as ![description](figures/<name>.png)',
  },
  {
    pattern: /!\[[^\]]*\]\([^)]*\)/g,
    what: 'an image split over several lines',
    fix: 'put the whole ![description](path) on one line',
  },
  {
    pattern: /!\[[^\]\n]*\]\[[^\]\n]*\]/g,
    what: 'a reference-style image (![…][…])',
    fix: 'write it as ![description](figures/<name>.png)',
  },
];

/** Images that show in the report but that report.py does not count: HTML, split over lines, reference style. */
const check: LintRule['check'] = ({ report, spans, lineOf }) => {
  const lints: Lint[] = [];
  report.questions.forEach((question, i) => {
    const span = spans[i];
    if (!span) return;
    const region = report.text.slice(span.start, span.end);
    // Every pattern here starts with "!" or "<": most answers have neither, and need no search.
    if (!region.includes('!') && !region.includes('<')) return;
    const countedRanges = [...region.matchAll(reportPyImage)].map(
      (m) => [m.index, m.index + m[0].length] as const,
    );
    const found: { at: number; what: string; fix: string }[] = [];
    for (const { pattern, what, fix } of kinds) {
      for (const m of region.matchAll(pattern)) {
        const overlaps = countedRanges.some(([s, e]) => m.index < e && s < m.index + m[0].length);
        if (overlaps) continue;
        found.push({ at: m.index, what, fix });
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const { at, what, fix } of found) {
      const line = lineOf(span.start + at);
      lints.push({
        rule: 'image-not-counted',
        question: question.number,
        line,
        message: `Question ${question.number} has ${what} on line ${line}, which report.py does not count as an image: ${fix}.`,
      });
    }
  });
  return lints;
};

/** The `image-not-counted` rule (see `check` above). */
export const imageNotCountedRule: LintRule = {
  id: 'image-not-counted',
  scope: 'answer',
  fixable: null,
  description: 'an image that shows but report.py does not count (HTML, split over lines, reference style)',
  remedy: '`![alt](figures/x.png)` on one line',
  check,
};
