import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../../../src/report/check-report.js';
import { CountBar } from '../../../../src/ui/screens/question/CountBar.js';

const result = (words: number, images: number, constraint: QuestionResult['constraint']): QuestionResult => ({
  position: 12,
  words,
  images,
  passed: true,
  constraint,
  answer: '',
});

const frame = (element: React.JSX.Element): string | undefined => {
  const view = render(element);
  const text = view.lastFrame();
  view.unmount();
  return text;
};

describe('CountBar', () => {
  it('should show the bar, the count and the range', () => {
    expect(frame(<CountBar result={result(142, 0, { words: [100, 200], images: null })} />)).toBe(
      '[██████████░░░░░] 142 words · 100–200',
    );
  });

  it('should add the image count when the constraint has images', () => {
    expect(frame(<CountBar result={result(250, 1, { words: [200, 300], images: [1, 3] })} />)).toBe(
      '[████████████░░░] 250 words · 200–300   images 1 · 1–3',
    );
  });

  it('should show a plain count when only images are constrained', () => {
    expect(frame(<CountBar result={result(1, 0, { words: null, images: [1, 2] })} />)).toBe(
      '1 word   images 0 · 1–2',
    );
  });

  it('should show a plain count without a constraint', () => {
    expect(frame(<CountBar result={result(7, 0, null)} />)).toBe('7 words');
  });

  it('should spell out under and over when colours are off', () => {
    expect(
      frame(<CountBar color={false} result={result(20, 4, { words: [50, 100], images: [1, 3] })} />),
    ).toBe('[███░░░░░░░░░░░░] 20 words · 50–100 · too few   images 4 · 1–3 · too many');
  });

  it('should say why nothing is counted without an Answer: marker', () => {
    expect(frame(<CountBar result={null} />)).toBe(
      'Not counted: report.py refuses the report or finds no `Answer:` here',
    );
  });

  it('should size the bar as asked', () => {
    expect(frame(<CountBar cells={4} result={result(100, 0, { words: [100, 200], images: null })} />)).toBe(
      '[██░░] 100 words · 100–200',
    );
  });
});
