import { describe, expect, it } from 'vitest';
import { numberJump } from '../../src/ui/number-jump.js';

const questions = new Set(Array.from({ length: 31 }, (_, i) => String(i + 1)));
const exists = (n: string): boolean => questions.has(n);

describe('numberJump', () => {
  it('should take a digit alone as a question number', () => {
    expect(numberJump(null, '7', 100, exists)).toEqual({ typed: '7', at: 100 });
  });

  it('should join digits typed within a second into one number', () => {
    const one = numberJump(null, '1', 100, exists);
    expect(numberJump(one, '2', 900, exists)).toEqual({ typed: '12', at: 900 });
  });

  it('should start again after a second, or when the joined number is no question', () => {
    const one = numberJump(null, '1', 100, exists);
    expect(numberJump(one, '2', 1100, exists)).toEqual({ typed: '2', at: 1100 });
    const three = numberJump(null, '3', 100, exists);
    expect(numberJump(three, '5', 200, exists)).toEqual({ typed: '5', at: 200 });
    const twelve = numberJump(one, '2', 200, exists);
    expect(numberJump(twelve, '3', 300, exists)).toEqual({ typed: '3', at: 300 });
  });
});
