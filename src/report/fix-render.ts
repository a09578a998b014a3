import { checkReport } from './check-report.js';
import { countWords } from './count-words.js';
import { lintContext } from './lints/lint-context.js';
import type { Fix, RuleFix } from './lints/lint-rule.js';
import type { RenderEdit } from './lints/render-edit.js';
import type { GenerationId, Report } from './model.js';
import { templateCheck } from './answer/template-check.js';
import { parseReport } from './parse-report.js';
import { plural } from './plural.js';

const apply = (text: string, edits: RenderEdit[]): string => {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  }
  return out;
};

/**
 * How many words `generation`'s report.py counts fewer in `after` than in `before`, when that is all that changed and
 * comes from one answer's fence lines (at most `fenceWords`, fewer when report.py stops reading before them); null
 * otherwise.
 */
const lostCount = (
  before: string,
  after: string,
  fenceWords: number,
  generation: GenerationId,
): number | null => {
  const b = checkReport(before, generation);
  const a = checkReport(after, generation);
  if (b.fatal !== a.fatal || b.questions.length !== a.questions.length) return null;
  let lost = 0;
  let changed = 0;
  for (let i = 0; i < b.questions.length; i++) {
    const [x, y] = [b.questions[i]!, a.questions[i]!];
    if (x.images !== y.images) return null;
    if (x.words !== y.words) changed++;
    lost += x.words - y.words;
  }
  return changed <= 1 && lost >= 0 && lost <= fenceWords ? lost : null;
};

/** The render rules' lints of one question, by rule. */
const renderLints = (text: string, question: number): string[] => {
  const report = parseReport(text);
  return lintContext(report)
    .render()
    .lints.filter((lint) => lint.question === question)
    .map((lint) => lint.rule)
    .sort();
};

/**
 * Repairs the render lints that need no judgement (a blank line before a list under text, nested items indented by
 * 4 spaces per level) and, with `code`, rewrites fenced code as indented code. A question's repairs are kept only
 * when report.py's counts stay (code: all but the fence lines' words) and its render lints shrink without new ones.
 */
export const fixRender = (report: Report, code: boolean): { text: string; fixes: Fix[] } => {
  const { edits } = lintContext(report).render();
  // The claims come from the report.py that counts this report: today's, or an older template's own year's when
  // today's refuses it (as the screens count, see templateCheck); today's sees nothing in a 2023 report.
  const generation = templateCheck(report, checkReport(report.text)).check.generation;
  const wanted = edits.filter((edit) => edit.kind === 'list' || code);
  const questions = [...new Set(wanted.map((edit) => edit.question))];
  let text = report.text;
  const fixes: Fix[] = [];
  // Right to left: a question's edits leave the offsets of the questions before it valid.
  const byStart = questions
    .map((q) => ({ question: q, edits: wanted.filter((edit) => edit.question === q) }))
    .sort((a, b) => Math.max(...b.edits.map((e) => e.start)) - Math.max(...a.edits.map((e) => e.start)));
  for (const group of byStart) {
    const codeEdits = group.edits.filter((edit) => edit.kind === 'code');
    const fenceWords = codeEdits
      .filter((edit) => edit.replacement === '')
      .reduce((n, edit) => n + countWords(text.slice(edit.start, edit.end)), 0);
    const candidate = apply(text, group.edits);
    const before = renderLints(text, group.question);
    const after = renderLints(candidate, group.question);
    const shrank = after.length < before.length && after.every((rule) => before.includes(rule));
    const lostWords = shrank ? lostCount(text, candidate, fenceWords, generation) : null;
    if (lostWords === null) continue;
    text = candidate;
    const listEdits = group.edits.filter((edit) => edit.kind === 'list');
    // A blank line is an insertion; re-indenting replaces the spaces in front of an item or its continuation.
    const blanks = listEdits.filter((edit) => edit.start === edit.end).length;
    const indented = listEdits.length - blanks;
    const n = group.question;
    if (blanks > 0) {
      fixes.push({
        rule: 'render-list',
        question: n,
        message: `Added a blank line before ${plural(blanks, 'list')} in question ${n}, so the graded page shows ${blanks === 1 ? 'it' : 'them'} as a list.`,
      });
    }
    if (indented > 0) {
      fixes.push({
        rule: 'render-list',
        question: n,
        message: `Indented question ${n}'s nested list items by 4 spaces per level (${plural(indented, 'line')}), so the graded page nests them.`,
      });
    }
    if (codeEdits.length > 0) {
      const fences = codeEdits.filter((edit) => edit.replacement === '').length / 2;
      const blocks = plural(fences, 'fenced code block');
      const count =
        lostWords === 0
          ? "report.py's count stays (it stops reading before the fences)"
          : `report.py counts ${plural(lostWords, 'word')} fewer (the fence lines)`;
      fixes.push({
        rule: 'render-code',
        question: n,
        message: `Rewrote ${blocks} in question ${n} as indented code: ${count}.`,
        offer: `Question ${n}: ${blocks} as indented code; ${count.replace('counts', 'would count')}.`,
      });
    }
  }
  return { text, fixes: fixes.sort((a, b) => a.question - b.question) };
};

/**
 * The render rules' repair (`render-list`'s, which makes `render-code`'s too with `--code`; see `fixRender`), run
 * until nothing more changes: a blank line that makes text a list can show a nested item that needs indenting, which
 * the scan before it could not see (a second `fix` would otherwise still find work). At most four rounds, so a repair
 * that kept changing the text could not loop.
 */
export const renderFix: RuleFix = {
  order: 4,
  report: (report, options) => {
    let text = report.text;
    const fixes: Fix[] = [];
    for (let round = 0; round < 4; round++) {
      const done = fixRender(round === 0 ? report : parseReport(text), options.code ?? false);
      fixes.push(...done.fixes);
      if (done.text === text) break;
      text = done.text;
    }
    return { text, fixes: fixes.sort((a, b) => a.question - b.question) };
  },
};
