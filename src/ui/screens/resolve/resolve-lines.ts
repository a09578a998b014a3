import { visibleText } from '../../../report/visible-text.js';
import { sliceCells } from '../../slice-cells.js';
import type { ResolveCandidate, ResolveList } from './resolve-conflicts.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const summary = (c: ResolveCandidate): string =>
  c.count === null
    ? `${plural(c.text.split('\n').length, 'line')}`
    : c.count + (c.warnings > 0 ? ` ⚠${c.warnings}` : '');

const textLines = (text: string): string[] => {
  const lines = visibleText(text.replace(/\r\n?/g, '\n').replace(/\n$/, '')).split('\n');
  return lines.length === 1 && lines[0] === '' ? ['(empty)'] : lines;
};

/**
 * The Resolve screen as rows of at most `width` cells in `height` rows: the conflicts left (the selected one marked),
 * then the selected conflict's sides (ours, theirs, base where known), each with report.py's count were it taken.
 */
export const resolveLines = (
  list: ResolveList,
  at: number,
  from: 'index' | 'markers',
  command: string,
  width: number,
  height: number,
): string[] => {
  const fit = (line: string): string => sliceCells(line, Math.max(0, width));
  if (!list.ok)
    return [
      `Cannot read the conflict markers one by one: ${list.reason}.`,
      'Resolve them in an editor, then run report-wizard again.',
    ].map((l) => fit(visibleText(l)));
  const { conflicts } = list;
  if (conflicts.length === 0)
    return [
      'No conflict left in the report.',
      `a runs ${visibleText(command)} (marks it resolved) · Esc overview`,
    ].map(fit);
  const source = from === 'index' ? "from git's index" : 'from the markers in the file';
  const out = [`Resolve: ${plural(conflicts.length, 'conflict')} ${source}`];
  const selected = Math.min(at, conflicts.length - 1);
  // The list takes at most a third of the rows, scrolled to keep the selected conflict in view.
  const listRows = Math.max(1, Math.min(conflicts.length, Math.floor(height / 3)));
  const top = Math.max(0, Math.min(selected - listRows + 1, conflicts.length - listRows));
  conflicts.slice(top, top + listRows).forEach((c, i) => {
    const mark = top + i === selected ? '›' : ' ';
    out.push(`${mark} ${visibleText(c.label)} · ours ${summary(c.ours)} · theirs ${summary(c.theirs)}`);
  });
  const conflict = conflicts[selected]!;
  const sides: [string, ResolveCandidate | null, string][] = [
    ['ours (o)', conflict.ours, conflict.ours.text],
    ['theirs (t)', conflict.theirs, conflict.theirs.text],
    ['both (b)', conflict.both, ''],
  ];
  if (conflict.base !== null) sides.push(['base', null, conflict.base]);
  const left = Math.max(0, height - out.length);
  // Each side's heading, then as many of its lines as its share of the rows holds.
  const withText = sides.filter(([, , text]) => text !== '').length;
  const share = Math.max(1, Math.floor((left - sides.length) / Math.max(1, withText)));
  for (const [name, c, text] of sides) {
    out.push(`${name}: ${c === null ? '' : summary(c)}`.trimEnd());
    if (text === '') continue;
    const lines = textLines(text);
    const shown = lines.slice(0, share);
    out.push(...shown.map((l) => `  ${l}`));
    if (lines.length > shown.length && shown.length > 0)
      out[out.length - 1] = `  … ${lines.length - shown.length + 1} more lines`;
  }
  return out.slice(0, height).map(fit);
};
