import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { HandinScreen } from '../../../../src/ui/screens/handin/HandinScreen.js';
import type { HandinView } from '../../../../src/ui/wizard-reducer.js';
import { fakeHandinFacts, strandedOn } from '../../../helpers/fake-handin-facts.js';

const deadline = 1_769_209_200;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const frame = (view: HandinView, width: number, height: number): string[] => {
  const shown = render(<HandinScreen handin={view} width={width} height={height} />);
  cleanup = shown.unmount;
  return (shown.lastFrame() ?? '').split('\n');
};
const view = (patch: Partial<HandinView>): HandinView => ({
  facts: null,
  error: null,
  now: deadline - 5 * 3600,
  scroll: 0,
  from: 'overview',
  ...patch,
});
const facts = fakeHandinFacts(deadline, {
  stranded: [strandedOn(27, { subject: 'final\u001b[2J?' })],
});

describe('HandinScreen', () => {
  it('should say git is being read before the facts come', () => {
    expect(frame(view({}), 80, 20)).toEqual([
      'Hand-in: what staff would grade now',
      'Reading git for what staff would grade…',
    ]);
  });

  it('should say why there are no facts', () => {
    expect(frame(view({ error: 'not a git repository' }), 80, 20)).toEqual([
      'Hand-in: what staff would grade now',
      'No hand-in facts: not a git repository',
    ]);
  });

  it("should show handin's facts, a commit subject's control characters as pictures", () => {
    expect(frame(view({ facts }), 80, 20)).toEqual([
      'Hand-in: what staff would grade now',
      "Graded: origin/main at abcdef1 (2026-01-22 10:00 +01:00, 'answers'),",
      'reports/README.md',
      'Deadline: 2026-01-24 00:00 +01:00 (course year 2026), 5 hours 0 minutes left.',
      'Answers on other branches that origin/main lacks: 1',
      '  Question 27: placeholder on origin/main; 149 words on draft, 77cdfba,',
      "2026-01-23 21:00 +01:00, 'final␛[2J?', not merged",
      'Local: Your work tree shows what would be graded.',
    ]);
  });

  it('should keep within a 40x10 body and scroll by its rows', () => {
    const top = frame(view({ facts }), 40, 8);
    expect(top.length).toBe(8);
    for (const line of top) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(top.at(-1)).toMatch(/^rows 1–6 of \d+ · ↑↓ PgUp\/PgDn scroll$/);
    const bottom = frame(view({ facts, scroll: 99 }), 40, 8);
    expect(bottom.at(-2)).toBe('be graded.');
  });
});
