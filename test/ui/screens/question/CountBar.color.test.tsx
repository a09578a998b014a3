import { describe, expect, it } from 'vitest';

// Ink's chalk decides its colour level when it is first loaded, so the level is forced before importing it.
process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { CountBar } = await import('../../../../src/ui/screens/question/CountBar.js');

const frame = (words: number): string | undefined => {
  const view = render(
    <CountBar
      cells={2}
      result={{
        position: 4,
        words,
        images: 0,
        passed: true,
        constraint: { words: [1, 2], images: null },
        answer: '',
      }}
    />,
  );
  const text = view.lastFrame();
  view.unmount();
  return text;
};

describe('CountBar colours', () => {
  it('should colour a count under the range yellow', () => {
    expect(frame(0)).toBe('\u001B[33m[░░] 0 words · 1–2\u001B[39m');
  });

  it('should colour a count within the range green', () => {
    expect(frame(1)).toBe('\u001B[32m[█░] 1 word · 1–2\u001B[39m');
  });

  it('should colour a count over the range red', () => {
    expect(frame(3)).toBe('\u001B[31m[██] 3 words · 1–2\u001B[39m');
  });
});
