import type { Line } from '../split-lines.js';
import type { ReportStructure, Span } from '../model.js';
import type { Lint } from './lint.js';
import { type BlockLine, indentOf } from '../markdown/block-line.js';
import { codeEdits, type Fence } from './render-code-edits.js';
import type { RenderEdit } from './render-edit.js';
import { inlineRenderLints } from './render-inline-lints.js';
import { codeMessage, cut, nestingMessage } from './render-messages.js';

/*
 * The graded page is `markdown.markdown(text[43:])`: Python-Markdown with no extensions. This scan follows both its
 * block rules and CommonMark's (GitHub) through each answer, over the lines the block scanner classified once
 * (src/report/markdown/scan-blocks.ts), and reports where they part, as measured on the
 * fixtures in test/fixtures/render/ (captured by scripts/capture-render-fixtures.py):
 * - Python-Markdown only starts a list at the start of a block: a list right under a paragraph line stays in it;
 * - it nests by 4 spaces per level and keeps the first item's list type for every item of a list;
 * - it has no fenced code, no tables, no strikethrough, no `1)` lists, no backslash line breaks;
 * - it makes a heading of any line starting with `#`, space or not, in code fences too;
 * - it takes `<word>` for HTML and escapes fewer characters (see render-inline-lints.ts).
 */

/** The Python-Markdown block a line belongs to: a paragraph swallows list and table lines, a list nests by 4. */
type Block = 'none' | 'para' | 'list' | 'code';

const item = /^(?:([*+-])|(\d{1,9})([.)]))([ \t]+|$)/;
const rule = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** Cells of a table row: split on unescaped pipes, outer pipes dropped. */
const cells = (row: string): number => {
  const parts = row.trim().split(/(?<!\\)\|/);
  if (parts[0]!.trim() === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.length;
};

/**
 * Whether CommonMark (and GitHub) read `content` (indented by less than 4) followed by `next` as a table header and
 * its delimiter row.
 */
const isTable = (content: string, next: string): boolean =>
  content.includes('|') &&
  delimiterRow.test(next) &&
  (next.includes('|') || cells(content) === 1) &&
  cells(content) === cells(next);

/** The lints of one answer, from the `Answer:` marker's line to the end of its span, and their repairs. */
const scanAnswer = (
  text: string,
  lines: readonly Line[],
  blocks: readonly BlockLine[],
  from: number,
  to: number,
  question: number,
  inlineCode: (offset: number) => boolean,
  eol: string,
  edits: RenderEdit[],
): Lint[] => {
  const lints: Lint[] = [];
  // The re-indenting of the current list, kept only when the list nests wrongly and is safe to re-indent.
  let listEdits: RenderEdit[] = [];
  let listMisnested = false;
  let listUnsafe = false;
  let shift = 0;
  const flushList = (): void => {
    if (listMisnested && !listUnsafe) edits.push(...listEdits);
    listEdits = [];
    listMisnested = false;
    listUnsafe = false;
    shift = 0;
  };
  const reindent = (line: Line, prefix: string, indentLength: number, width: number): void => {
    listEdits.push({
      question,
      kind: 'list',
      line: line.number,
      start: line.start + prefix.length,
      end: line.start + prefix.length + indentLength,
      replacement: ' '.repeat(width),
    });
  };
  const lint = (name: string, line: number, message: string): void => {
    lints.push({ rule: name, question, line, message });
  };
  let block: Block = 'para';
  // Lines of the current paragraph (0 for the marker's), and whether it continues a list item (indented under it).
  let paraLines = 0;
  let paraInList = false;
  // A paragraph's list-like lines already reported (one lint per paragraph, not per item).
  let swallowReported = false;
  let lastBlockWasList = false;
  // Open list items as each renderer nests them: CommonMark by content column, Python-Markdown by 4 spaces.
  let commonMark: { contentColumn: number }[] = [];
  let python: ('ul' | 'ol')[] = [];
  let nestingReported = false;
  let fence: Fence | null = null;
  let fenceHasBlank = false;
  let tableUntil = -1;

  for (let index = from; index <= to; index++) {
    const classified = blocks[index]!;
    const { line, prefix, content, blank, indent, indentLength, tabbed, body } = classified;

    if (fence) {
      const close = indent < 4 ? classified.fence : null;
      if (
        close &&
        close.marker[0] === fence.char &&
        close.marker.length >= fence.length &&
        close.info.trim() === ''
      ) {
        lint('render-code', fence.line.number, codeMessage(text, fence, line, fenceHasBlank));
        if (fence.rewritable && prefix === '' && indent === 0)
          edits.push(...codeEdits(lines, fence, index, question, to));
        fence = null;
        // GitHub's paragraph ends with the code: a `---` under it is no heading underline.
        paraLines = 0;
      } else if (blank) fenceHasBlank = true;
      else if (/^#(?!#)/.test(content)) {
        lint(
          'render-heading',
          line.number,
          `On line ${line.number}, a "#" starts a line inside fenced code: the graded page shows ` +
            `"${cut(content.slice(1).trim())}" as a heading in the middle of the code. Indent the code by 4 spaces ` +
            'instead of fencing it.',
        );
      }
      // Python-Markdown knows no fences: to it these lines are paragraph text.
      block = blank ? 'none' : 'para';
      continue;
    }
    if (blank) {
      if (block !== 'none') lastBlockWasList = block === 'list' || (block === 'para' && paraInList);
      block = 'none';
      swallowReported = false;
      continue;
    }
    if (index === from) continue;

    const inList = block === 'list' || (block === 'none' && lastBlockWasList);
    const open = classified.fence;
    if (open?.opens && (indent < 4 || (inList && indent < 8))) {
      fence = {
        char: open.marker[0]!,
        length: open.marker.length,
        line,
        index,
        info: open.info.trim(),
        // Code on the fence line itself (```bash make) would go with the fence.
        rewritable: prefix === '' && indent === 0 && !inList && !/\s/.test(open.info.trim()),
      };
      if (inList) listUnsafe = true;
      fenceHasBlank = false;
      if (block === 'none') block = 'para';
      paraLines = 0;
      continue;
    }
    if (block === 'code' && indent < 4) block = 'none';
    if (block === 'code') continue;
    if (block === 'none' && indent >= 4 && !lastBlockWasList) {
      // Indented code: nothing in it renders differently.
      block = 'code';
      continue;
    }

    if (content.startsWith('#')) {
      // Python-Markdown's heading needs no space and no start of block; CommonMark wants a space after the `#`.
      if (/^#[^#\s]/.test(content)) {
        lint(
          'render-heading',
          line.number,
          `On line ${line.number}, "${cut(content.trim())}" starts with "#": the graded page shows it as a heading ` +
            `"${cut(content.slice(1).trim())}" (Python-Markdown needs no space after "#"), GitHub as text. ` +
            'Do not start a line with "#": reword it, or write "\\#".',
        );
      }
      block = 'none';
      lastBlockWasList = false;
      continue;
    }
    const underline = /^ {0,3}(=+|-+)[ \t]*$/.exec(content);
    // CommonMark underlines the whole paragraph; Python-Markdown only a block's first line, and only from column 0.
    if (underline && block === 'para' && paraLines >= 1 && !paraInList && (paraLines > 1 || indent > 0)) {
      const dashes = underline[1]![0] === '-';
      const above = paraLines === 1 ? 'the line above' : `the ${paraLines} lines above`;
      lint(
        'render-heading',
        line.number,
        `On line ${line.number}, "${underline[1]}" underlines ${above}: GitHub shows ` +
          `${paraLines === 1 ? 'it' : 'them'} as a heading, the graded page as a paragraph ` +
          `${dashes && underline[1]!.length >= 3 ? 'and a horizontal line' : `with the "${underline[1]}" written out`}. ` +
          `Leave a blank line before line ${line.number}, or remove it.`,
      );
      block = 'none';
      continue;
    }
    if (rule.test(content) || (underline && block === 'para' && paraLines === 1)) {
      block = 'none';
      lastBlockWasList = false;
      continue;
    }

    const marker = indent < 4 || inList ? item.exec(body) : null;
    if (marker) {
      const ordered = marker[2] !== undefined;
      const paren = marker[3] === ')';
      const hasContent = body.slice(marker[0].length).trim() !== '';
      const interrupts = hasContent && (!ordered || marker[2] === '1');
      if (block === 'para' || paren) {
        // Python-Markdown keeps it in the paragraph (a `1)` item everywhere); CommonMark starts a list.
        const commonMarkList = block === 'para' ? interrupts : true;
        if (commonMarkList && !swallowReported) {
          swallowReported = true;
          if (!paren && prefix === '') {
            edits.push({
              question,
              kind: 'list',
              line: line.number,
              start: line.start,
              end: line.start,
              replacement: eol,
            });
          }
          lint(
            'render-list',
            line.number,
            paren
              ? `On line ${line.number}, a "${marker[2]})" list starts: the graded page shows it as text with ` +
                  `"${marker[2]})" written out, as Python-Markdown only knows "${marker[2]}." lists. ` +
                  `Write "${marker[2]}." instead of "${marker[2]})".`
              : `On line ${line.number}, a list starts right under a line of text: the graded page shows it as part ` +
                  `of that paragraph, with "${cut(body.trim(), 40)}" written out on the same line, because ` +
                  'Python-Markdown needs a blank line before a list. Add a blank line before line ' +
                  `${line.number} (report-wizard fix does).`,
          );
        }
        if (block === 'none') {
          block = 'para';
          paraInList = false;
        }
        paraLines++;
        continue;
      }
      if (block === 'none') {
        block = 'list';
        if (!lastBlockWasList) {
          flushList();
          commonMark = [];
          python = [];
          nestingReported = false;
        }
      }
      if (block === 'list') {
        let depth = 0;
        while (depth < commonMark.length && commonMark[depth]!.contentColumn <= indent) depth++;
        const spaces = indentOf(marker[4]!).width;
        const contentColumn =
          indent + marker[0].length - marker[4]!.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
        commonMark = [...commonMark.slice(0, depth), { contentColumn }];
        const own = ordered ? 'ol' : 'ul';
        const pythonDepth = Math.min(Math.floor(indent / 4), python.length);
        const pythonType = python[pythonDepth] ?? own;
        python = [...python.slice(0, pythonDepth), pythonType];
        if ((depth !== pythonDepth || own !== pythonType) && !nestingReported) {
          nestingReported = true;
          lint('render-list', line.number, nestingMessage(line.number, indent, depth, pythonDepth, own));
        }
        if (depth !== pythonDepth) listMisnested = true;
        // A type switch at one level is no indenting matter; a nested list's own type is fine once it is nested.
        if (depth === pythonDepth && own !== pythonType) listUnsafe = true;
        if (prefix !== '' || tabbed) listUnsafe = true;
        if (contentColumn - indent > 4) listUnsafe = true;
        shift = 4 * depth - indent;
        if (shift !== 0) reindent(line, prefix, indentLength, 4 * depth);
        continue;
      }
    }

    if (index > tableUntil && index < to && indent < 4 && isTable(content, blocks[index + 1]!.content)) {
      let end = index + 1;
      while (end + 1 <= to && blocks[end + 1]!.content.includes('|')) end++;
      tableUntil = end;
      lint(
        'render-table',
        line.number,
        `A table starts on line ${line.number}: the graded page shows its ${end + 1 - index} lines as one paragraph of raw text ` +
          `with the pipes ("${cut(content.trim(), 40)} ${cut(blocks[index + 1]!.content.trim(), 20)} ..."), as ` +
          'Python-Markdown without extensions has no tables. Write it as a list, or show the table as an image.',
      );
    }
    for (const found of inlineRenderLints(content, line.number, (at) =>
      inlineCode(line.start + prefix.length + at),
    ))
      lint(found.rule, line.number, found.message);
    // An odd run of backslashes at the end; the test of the last character first, as a pattern anchored at the end
    // is still tried from every position of the line.
    if (content.endsWith('\\') && /(?:^|[^\\])(?:\\\\)*\\$/.test(content) && index < to) {
      const next = blocks[index + 1]!.content;
      if (next.trim() !== '' && !inlineCode(line.end - 1)) {
        lint(
          'render-break',
          line.number,
          `A backslash ends line ${line.number}: GitHub breaks the line there, the graded page shows the ` +
            '"\\" and runs the next line on. End the line with two spaces instead, or leave a blank line.',
        );
      }
    }
    if (block === 'none') {
      block = indent >= 4 && !lastBlockWasList ? 'code' : 'para';
      paraInList = lastBlockWasList && indent >= 4;
      paraLines = 0;
    }
    // A line continuing a re-indented item moves with it.
    if ((block === 'list' || paraInList) && shift !== 0 && indent > 0) {
      if (tabbed) listUnsafe = true;
      reindent(line, prefix, indentLength, Math.max(0, indent + shift));
    }
    if (block === 'para') paraLines++;
  }
  flushList();
  if (fence) {
    lint(
      'render-code',
      fence.line.number,
      `A code fence opens on line ${fence.line.number} and is never closed: the graded page shows "${cut(fence.line.content.trim(), 30)}" ` +
        'and the code after it as plain text, and GitHub shows the rest of the answer as code. Close it, or ' +
        'indent the code by 4 spaces instead.',
    );
  }
  return lints;
};

/** What `scanRender` finds: the render lints of every answer, in text order, and the splices that repair them. */
export interface RenderScan {
  lints: Lint[];
  edits: RenderEdit[];
}

/**
 * Where the graded page (Python-Markdown) shows each answer differently from GitHub, for the render rules (one per
 * id: render-list-rule.ts and its siblings), and the splices that repair them (see `RenderEdit`).
 */
export const scanRender = ({
  report,
  spans,
  lineOf,
  lines,
  blocks,
  code,
}: {
  report: ReportStructure;
  spans: readonly (Span | null)[];
  lineOf: (offset: number) => number;
  lines: readonly Line[];
  /** The report's lines as the block scanner classified them (see `scanBlocks`). */
  blocks: readonly BlockLine[];
  code: readonly Span[];
}): RenderScan => {
  const { text } = report;
  const inlineCode = (offset: number): boolean => code.some((r) => r.start <= offset && offset < r.end);
  const edits: RenderEdit[] = [];
  const lints = report.questions.flatMap((question, i) => {
    const span = spans[i];
    if (!span) return [];
    // The span stops at a `#` line, which a fenced comment can be: read on to the next `##` heading.
    const end = Math.max(span.end, question.region.end);
    if (end <= span.start) return [];
    const from = lineOf(span.start) - 1;
    const to = lineOf(end - 1) - 1;
    return scanAnswer(text, lines, blocks, from, to, question.number, inlineCode, report.eol, edits);
  });
  return { lints, edits };
};
