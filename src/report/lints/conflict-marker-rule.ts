import { countWords } from '../count-words.js';
import type { Line } from '../split-lines.js';
import type { Lint } from './lint.js';
import type { LintRule } from './lint-rule.js';

const marker = /^(<{7}|={7}|>{7})(?![<=>])(?:[ \t].*)?$/;

/**
 * Merge conflict markers (`<<<<<<<`, `=======`, `>>>>>>>` at a line start) left in the report: one lint per
 * conflict, with the question it sits in and what report.py counts there.
 */
const check: LintRule['check'] = ({ report, spans, slices, lines }) => {
  const { text } = report;
  // A marker opens its line: each line's first character is looked at, and only `<`, `=` or `>` are tested. Searching
  // the text for ">>>>>>>" first took five times as long, as ">" opens every line of the template's quotes.
  const markers = lines.filter((line) => {
    const first = line.content.charCodeAt(0);
    return first >= 0x3c && first <= 0x3e && marker.test(line.content);
  });
  if (markers.every((line) => line.content[0] === '=')) return [];
  // Seven `=` alone are also a heading underline: only a marker beside the other two kinds.
  const conflicts: Line[][] = [];
  for (const line of markers) {
    const kind = line.content[0];
    const current = conflicts.at(-1);
    const lastKind = current?.at(-1)?.content[0];
    if (kind === '<' || !current || lastKind === '>') conflicts.push([line]);
    else current.push(line);
  }
  return conflicts
    .filter((lines) => lines.some((line) => line.content[0] !== '='))
    .map((lines): Lint => {
      const first = lines[0]!;
      const at = report.questions.findIndex((q, i) => {
        const span = spans[i];
        return span !== null && span !== undefined && span.start <= first.start && first.start < span.end;
      });
      const question = at === -1 ? null : report.questions[at]!.number;
      const where = lines
        .map((line) => `line ${line.number} ("${line.content.slice(0, 20).trimEnd()}")`)
        .join(', ');
      const slice = at === -1 ? undefined : slices.find((s) => s.start === spans[at]!.start);
      let counted = 'the graded page shows the markers';
      if (question !== null && slice && first.start < slice.end) {
        const markerWords = lines
          .filter((line) => line.start < slice.end)
          .reduce((n, line) => n + countWords(line.content), 0);
        counted =
          `report.py counts question ${question}'s answer with both versions and the marker lines: ` +
          `${countWords(text.slice(slice.start, slice.end))} words, ${markerWords} of them markers, and the graded ` +
          'page shows the markers';
      } else if (question !== null)
        counted = `it is in question ${question}'s answer after report.py stops reading; ${counted}`;
      return {
        rule: 'conflict-marker',
        question,
        line: first.number,
        message:
          `Unfinished merge: conflict marker${lines.length === 1 ? '' : 's'} on ` +
          `${where}; ${counted}. Keep the version you want and delete the marker lines.`,
      };
    });
};

/** The `conflict-marker` rule (see `check` above). */
export const conflictMarkerRule: LintRule = {
  id: 'conflict-marker',
  scope: 'answer',
  fixable: null,
  description: '`<<<<<<<`, `=======`, `>>>>>>>` lines, which report.py counts as words of the answer',
  remedy: 'finish the merge',
  check,
};
