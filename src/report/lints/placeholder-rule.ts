import { placeholderFix } from './placeholder-fix.js';
import { placeholderPattern } from '../placeholder.js';
import { countedByReportPy } from './counted-by-report-py.js';
import { countedChange } from './counted-change.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

const placeholder = new RegExp(placeholderPattern, 'gi');

/**
 * `--- question N fill here ---` left in an answer: report.py counts its words as part of the answer. The claim's
 * `counted` is what deleting it takes off report.py's count (zero past the point where report.py stops counting).
 */
const check: LintRule['check'] = ({ report, spans, slices, lineOf }) => {
  const lints: Lint[] = [];
  report.questions.forEach((question, i) => {
    const span = spans[i];
    if (!span) return;
    const region = report.text.slice(span.start, span.end);
    const found = [...region.matchAll(placeholder)];
    if (found.length === 0) return;
    const answered = region.replace(placeholder, '').trim() !== '';
    // fixReport works on the parsed region (up to the first sub-heading): only promise what it does.
    const inRegion = report.text.slice(question.region.start, question.region.end);
    const fixable = answered && inRegion.replace(placeholder, '').trim() !== '';
    for (const match of found) {
      const at = span.start + match.index;
      const fixed = fixable && at >= question.region.start && at < question.region.end;
      const line = lineOf(at);
      const n = question.number;
      // Below a sub-heading (or past a stray Answer:) report.py has stopped counting: its words add nothing.
      const counted = countedByReportPy(slices, at, at + match[0].length);
      const claim = { counted: countedChange(report.text, slices, at, at + match[0].length) };
      const words = claim.counted.words;
      lints.push({
        rule: 'placeholder',
        question: n,
        line,
        message: answered
          ? `Question ${n} still has the placeholder "${match[0]}" on line ${line} next to your answer: ` +
            (counted
              ? `report.py counts its ${words} words too. `
              : 'report.py does not count it (it stops counting this answer before it), but the page shows it. ') +
            `Delete it${fixed ? ' (report-wizard fix does)' : ''}.`
          : `Question ${n} is not answered yet: line ${line} still has the placeholder "${match[0]}", ` +
            (counted ? `which report.py counts as ${words} words. ` : '') +
            'Replace it with your answer.',
        claim,
      });
    }
  });
  return lints;
};

/** The `placeholder` rule (see `check` above). */
export const placeholderRule: LintRule = {
  id: 'placeholder',
  scope: 'answer',
  fixable: 'fix',
  description: '`--- question N fill here ---` left beside an answer, whose words report.py counts',
  remedy: 'delete it (`fix`)',
  check,
  fix: placeholderFix,
};
