import { describe, expect, it } from 'vitest';
import { wordMove } from '../../src/ui/word-move.js';

const lines = ['Hello, wörld_2 foo', '  bar'];

describe('wordMove', () => {
  it('should move right to the end of the current word', () => {
    expect(wordMove(lines, { row: 0, col: 1 }, 'wordRight')).toEqual({ row: 0, col: 5 });
  });

  it('should skip punctuation and spaces, then the next word, when moving right', () => {
    expect(wordMove(lines, { row: 0, col: 5 }, 'wordRight')).toEqual({ row: 0, col: 14 });
  });

  it('should move right from the end of a line to the start of the next', () => {
    expect(wordMove(lines, { row: 0, col: 18 }, 'wordRight')).toEqual({ row: 1, col: 0 });
  });

  it('should stay at the end of the last line', () => {
    expect(wordMove(lines, { row: 1, col: 5 }, 'wordRight')).toEqual({ row: 1, col: 5 });
  });

  it('should move left to the start of the previous word', () => {
    expect(wordMove(lines, { row: 0, col: 15 }, 'wordLeft')).toEqual({ row: 0, col: 7 });
  });

  it('should move left from the start of a line to the end of the previous', () => {
    expect(wordMove(lines, { row: 1, col: 0 }, 'wordLeft')).toEqual({ row: 0, col: 18 });
  });

  it('should stay at the start of the text', () => {
    expect(wordMove(lines, { row: 0, col: 0 }, 'wordLeft')).toEqual({ row: 0, col: 0 });
  });

  it('should move left over leading spaces to the line start', () => {
    expect(wordMove(lines, { row: 1, col: 2 }, 'wordLeft')).toEqual({ row: 1, col: 0 });
  });

  it('should take a combining accent as part of the word and step over an emoji as punctuation', () => {
    const line = ['cafe\u0301 👍🏽 ok'];
    expect(wordMove(line, { row: 0, col: 0 }, 'wordRight')).toEqual({ row: 0, col: 5 });
    expect(wordMove(line, { row: 0, col: 5 }, 'wordRight')).toEqual({ row: 0, col: 13 });
    expect(wordMove(line, { row: 0, col: 11 }, 'wordLeft')).toEqual({ row: 0, col: 0 });
  });
});
