import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConflicts } from '../../../../src/ui/screens/resolve/resolve-conflicts.js';
import { ResolveScreen } from '../../../../src/ui/screens/resolve/ResolveScreen.js';

const filled = readFileSync(new URL('../../../fixtures/reports/filled-2026.md', import.meta.url), 'utf8');
const at = (text: string, n: number, insert: string): string => {
  const marker = text.indexOf('Answer:', text.indexOf(`### Question ${n}\n`));
  const end = text.indexOf('\n', marker) + 1;
  return `${text.slice(0, end)}\n${insert}${text.slice(end)}`;
};
const text = at(
  at(filled, 5, '<<<<<<< HEAD\nOurs \u001b[2J line.\n=======\nTheirs.\n>>>>>>> other\n'),
  9,
  '<<<<<<< HEAD\na\n||||||| base\nb\n=======\nc\n>>>>>>> other\n',
);
const list = resolveConflicts(text, { kind: 'markers' });

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const frame = (selected: number, width: number, height: number, shown = list): string[] => {
  const view = render(
    <ResolveScreen
      list={shown}
      selected={selected}
      from="markers"
      command="git add reports/README.md"
      width={width}
      height={height}
    />,
  );
  cleanup = view.unmount;
  return (view.lastFrame() ?? '').split('\n');
};

describe('ResolveScreen', () => {
  it('should list the conflicts and show the selected one’s sides with their counts, controls as pictures', () => {
    expect(frame(0, 80, 20)).toEqual([
      'Resolve: 2 conflicts from the markers in the file',
      '› Question 5 · ours 129 words (100–200 words) pass · theirs 127 words (100–200 w',
      '  Question 9 · ours 126 words (100–200 words) pass · theirs 126 words (100–200 w',
      'ours (o): 129 words (100–200 words) pass',
      '  Ours ␛[2J line.',
      'theirs (t): 127 words (100–200 words) pass',
      '  Theirs.',
      'both (b): 130 words (100–200 words) pass',
    ]);
  });

  it('should show the base when the markers hold it', () => {
    expect(frame(1, 80, 20).slice(3)).toEqual([
      'ours (o): 126 words (100–200 words) pass',
      '  a',
      'theirs (t): 126 words (100–200 words) pass',
      '  c',
      'both (b): 127 words (100–200 words) pass',
      'base:',
      '  b',
    ]);
  });

  it('should keep within a 40x8 body', () => {
    const lines = frame(1, 40, 8);
    expect(lines.length).toBeLessThanOrEqual(8);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(lines[0]).toBe('Resolve: 2 conflicts from the markers in');
    expect(lines[2]).toBe('› Question 9 · ours 126 words (100–200 w');
  });

  it('should offer git add once none remain', () => {
    expect(frame(0, 80, 20, { ok: true, conflicts: [] })).toEqual([
      'No conflict left in the report.',
      'a runs git add reports/README.md (marks it resolved) · Esc overview',
    ]);
  });
});
