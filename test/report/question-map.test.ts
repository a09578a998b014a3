import { describe, expect, it } from 'vitest';
import { questionMap } from '../../src/report/question-map.js';

describe('questionMap', () => {
  it('should map the 27 questions of 2023 and 2024 onto the 31 of today, around the four added in 2024-12', () => {
    const map = questionMap('2024', '2026');
    expect([...map.entries()]).toEqual([
      ...Array.from({ length: 21 }, (_, i) => [i + 1, i + 1]),
      [22, 24],
      [23, 26],
      [24, 27],
      [25, 29],
      [26, 30],
      [27, 31],
    ]);
    expect(questionMap('2023', '2026')).toEqual(map);
  });

  it('should map 2025 onto 2026 one to one, and back from 2026 to 2023 without the added questions', () => {
    expect([...questionMap('2025', '2026').entries()]).toEqual(
      Array.from({ length: 31 }, (_, i) => [i + 1, i + 1]),
    );
    const back = questionMap('2026', '2023');
    expect([22, 23, 25, 28].map((n) => back.get(n))).toEqual([undefined, undefined, undefined, undefined]);
    expect(back.get(31)).toBe(27);
  });
});
