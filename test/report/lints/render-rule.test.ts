import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDifferences } from '../../helpers/render-differences.js';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';
import { lintReport } from '../../../src/report/lint-report.js';
import { parseReport } from '../../../src/report/parse-report.js';

const folder = new URL('../../fixtures/render/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();
const read = (name: string): string => readFileSync(new URL(name, folder), 'utf8');

/** A report whose question 6 answer is a fixture: what follows `> Answer:`, as the capture script rendered it. */
const reportWith = (answer: string): string => {
  const text = answeredReport();
  const at = text.indexOf('> Answer:\n\nOur answer to question 6.\n');
  return `${text.slice(0, at)}> Answer:${answer}${text.slice(at + '> Answer:\n\nOur answer to question 6.\n'.length)}`;
};

const renderRules = (text: string): string[] =>
  lintReport(parseReport(text))
    .filter((lint) => lint.rule.startsWith('render-'))
    .map((lint) => {
      expect(lint.question).toBe(6);
      return lint.rule;
    });

describe('renderRule on the captured Python-Markdown and markdown-it renderings', () => {
  it('should have fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(60);
  });

  it.each(fixtures)('should fire exactly the rules that name how %s renders differently', (name) => {
    const differences = renderDifferences(read(`${name}.graded.html`), read(`${name}.github.html`));
    expect([...differences]).not.toContain('other');
    expect([...new Set(renderRules(reportWith(read(`${name}.md`))))].sort()).toEqual([...differences].sort());
  });
});

describe('renderRule', () => {
  it('should say where a list under a line of text goes and how to fix it', () => {
    const text = answeredReport({ 4: 'We used:\n- uv\n- ruff' });
    const line = lineOfText(text, '- uv');
    expect(lintsOf(text, 'render-list')).toEqual([
      {
        rule: 'render-list',
        question: 4,
        line,
        message:
          `On line ${line}, a list starts right under a line of text: the graded page shows it as part of that ` +
          'paragraph, with "- uv" written out on the same line, because Python-Markdown needs a blank line before ' +
          `a list. Add a blank line before line ${line} (report-wizard fix does).`,
      },
    ]);
  });

  it('should say how far to indent a nested item', () => {
    const text = answeredReport({ 4: '- tools\n  - ruff\n  - mypy' });
    const line = lineOfText(text, '  - ruff');
    expect(lintsOf(text, 'render-list').map((lint) => [lint.line, lint.message])).toEqual([
      [
        line,
        `The nested list item on line ${line} is indented by 2 spaces: the graded page does not nest it, as ` +
          'Python-Markdown needs 4 spaces per level. Indent it by 4 spaces (report-wizard fix does).',
      ],
    ]);
  });

  it('should count the fence lines report.py would stop counting after the indented-code rewrite', () => {
    const text = answeredReport({ 4: 'Run:\n\n```bash\npython src/train.py --epochs 10\n```' });
    const line = lineOfText(text, '```bash');
    expect(lintsOf(text, 'render-code')).toEqual([
      {
        rule: 'render-code',
        question: 4,
        line,
        message:
          `The fenced code block on line ${line} (to line ${line + 2}): the graded page shows it as one run of ` +
          'inline code on one line, starting with the language name ("bash python src/train.py --epochs 10 ..."), because ' +
          'Python-Markdown without extensions has no code fences. Indent the code by 4 spaces instead of fencing ' +
          'it, with a blank line before (report-wizard fix --code does; report.py then counts 2 words fewer, the ' +
          'fence lines).',
      },
    ]);
  });

  it('should name a table by its lines', () => {
    const text = answeredReport({ 4: '| tool | use |\n| --- | --- |\n| ruff | lint |' });
    const line = lineOfText(text, '| tool');
    expect(lintsOf(text, 'render-table').map((lint) => lint.message)).toEqual([
      `A table starts on line ${line}: the graded page shows its 3 lines as one paragraph of raw text with the ` +
        'pipes ("| tool | use | | --- | --- | ..."), as Python-Markdown without extensions has no tables. Write it ' +
        'as a list, or show the table as an image.',
    ]);
  });

  it('should say when Python-Markdown takes a <word> for HTML and hides it', () => {
    const text = answeredReport({ 4: 'Then run wandb agent <sweep_id> again.' });
    const line = lineOfText(text, '<sweep_id>');
    expect(lintsOf(text, 'render-html').map((lint) => lint.message)).toEqual([
      `On line ${line}, "<sweep_id>" is an HTML tag to Python-Markdown: the graded page hides it, GitHub shows the ` +
        'text. Put it in backticks, or write the "<" as "&lt;".',
    ]);
  });

  it('should say when a backslash stays on the graded page', () => {
    const text = answeredReport({ 4: 'We kept 99\\% uptime.' });
    const line = lineOfText(text, '99\\%');
    expect(lintsOf(text, 'render-escape').map((lint) => lint.message)).toEqual([
      `On line ${line}, "\\%": GitHub shows "%", the graded page "\\%", as Python-Markdown only takes a backslash ` +
        'before \\`*_{}[]()>#+-.!. Remove the backslash.',
    ]);
  });

  it('should name every HTML-like word on a line, not only the first', () => {
    const text = answeredReport({ 4: 'Then run wandb agent <sweep_id> and <run_id> again.' });
    const line = lineOfText(text, '<sweep_id>');
    expect(lintsOf(text, 'render-html').map((lint) => lint.message)).toEqual([
      `On line ${line}, "<sweep_id>" and "<run_id>" are HTML tags to Python-Markdown: the graded page hides them, ` +
        'GitHub shows the text. Put them in backticks, or write the "<" as "&lt;".',
    ]);
  });

  it('should name an HTML tag and an e-mail address on one line each for what it is', () => {
    // An address CommonMark takes for text (`_` in its domain), which Python-Markdown makes a mail link.
    const text = answeredReport({ 4: 'Ask <ann@dtu_dk> about <run_id>.' });
    const line = lineOfText(text, '<ann@dtu_dk>');
    expect(lintsOf(text, 'render-html').map((lint) => lint.message)).toEqual([
      `On line ${line}, "<ann@dtu_dk>" and "<run_id>" are HTML tags and e-mail addresses to Python-Markdown: ` +
        'the graded page hides the tags and shows the addresses as mail links, GitHub shows the text. Put them in ' +
        'backticks, or write the "<" as "&lt;".',
    ]);
  });

  it('should name every kept backslash on a line, not only the first', () => {
    const text = answeredReport({ 4: 'We kept 99\\% and 98\\% uptime.' });
    const line = lineOfText(text, '99\\%');
    expect(lintsOf(text, 'render-escape').map((lint) => lint.message)).toEqual([
      `On line ${line}, "\\%" and "\\%": GitHub shows "%" and "%", the graded page "\\%" and "\\%", as ` +
        'Python-Markdown only takes a backslash before \\`*_{}[]()>#+-.!. Remove the backslashes.',
    ]);
  });

  it('should name every struck-out text on a line, not only the first', () => {
    const text = answeredReport({ 4: 'We tried ~~a~~ and ~~b~~ first.' });
    const line = lineOfText(text, '~~a~~');
    expect(lintsOf(text, 'render-strike').map((lint) => lint.message)).toEqual([
      `On line ${line}, "~~a~~" and "~~b~~": GitHub strikes them through, the graded page shows them with their ` +
        'tildes. Delete the struck-out text, or the "~~".',
    ]);
  });

  it('should name a struck-out text after one in inline code', () => {
    const text = answeredReport({ 4: 'We wrote `~~a~~` and ~~b~~ first.' });
    expect(lintsOf(text, 'render-strike').map((lint) => lint.message)).toEqual([
      `On line ${lineOfText(text, '~~b~~')}, "~~b~~": GitHub strikes it through, the graded page shows it with its ` +
        'tildes. Delete the struck-out text, or the "~~".',
    ]);
  });

  it('should quote the code typed on the fence line, which the graded page shows first', () => {
    const text = answeredReport({
      4: 'Call it:\n\n```bash curl -X POST \\\n -F "file=@x.png" \\\n http://localhost\n```',
    });
    const line = lineOfText(text, '```bash curl');
    expect(lintsOf(text, 'render-code').map((lint) => lint.message)).toEqual([
      `The fenced code block on line ${line} (to line ${line + 3}): the graded page shows it as one run of inline ` +
        'code on one line, starting with the language name ("bash curl -X POST \\ -F "file=@x.png" ..."), because ' +
        'Python-Markdown without extensions has no code fences. Indent the code by 4 spaces instead of fencing it, ' +
        'with a blank line before (report-wizard fix --code does; report.py then counts 6 words fewer, the fence ' +
        'lines).',
    ]);
  });

  it('should handle CRLF reports like LF ones', () => {
    const answers = { 4: 'We used:\n- uv\n\n```bash\nmake\n```\n\n| a | b |\n| - | - |' };
    const lf = lintReport(parseReport(answeredReport(answers))).filter((l) => l.rule.startsWith('render-'));
    const crlf = lintReport(parseReport(answeredReport(answers, { eol: '\r\n' }))).filter((l) =>
      l.rule.startsWith('render-'),
    );
    expect(crlf).toEqual(lf);
    expect(lf.map((l) => l.rule)).toEqual(['render-list', 'render-code', 'render-table']);
  });

  it('should stay silent on a report whose answers are plain paragraphs', () => {
    expect(lintReport(parseReport(answeredReport())).filter((l) => l.rule.startsWith('render-'))).toEqual([]);
  });
});

describe('conflictMarkerRule', () => {
  it('should name the conflict, its question and what report.py counts', () => {
    const text = answeredReport({ 5: '<<<<<<< HEAD\nWe used ruff.\n=======\nWe used black.\n>>>>>>> main' });
    const line = lineOfText(text, '<<<<<<<');
    expect(lintsOf(text, 'conflict-marker')).toEqual([
      {
        rule: 'conflict-marker',
        question: 5,
        line,
        message:
          `Unfinished merge: conflict markers on line ${line} ("<<<<<<< HEAD"), line ${line + 2} ("======="), ` +
          `line ${line + 4} (">>>>>>> main"); report.py counts question 5's answer with both versions and the marker ` +
          'lines: 11 words, 5 of them markers, and the graded page shows the markers. Keep the version you want ' +
          'and delete the marker lines.',
      },
    ]);
  });

  it('should flag a marker outside the answers without a question', () => {
    const text = answeredReport().replace('### Week 2', '>>>>>>> main\n### Week 2');
    expect(lintsOf(text, 'conflict-marker').map((lint) => [lint.question, lint.line])).toEqual([
      [null, lineOfText(text, '>>>>>>> main')],
    ]);
  });

  it('should not take a seven-character heading underline for a marker', () => {
    expect(lintsOf(answeredReport({ 5: 'Results\n=======\nAll good.' }), 'conflict-marker')).toEqual([]);
  });
});
