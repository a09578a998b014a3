import { describe, expect, it } from 'vitest';
import { questionLayout } from '../../src/ui/question-layout.js';

describe('questionLayout', () => {
  it('should give the editor everything the other parts leave', () => {
    expect(questionLayout(20, { promptRows: 3, exampleRows: 0, lintRows: 0 })).toEqual({
      promptRows: 3,
      exampleRows: 0,
      lintRows: 0,
      editorRows: 11,
    });
  });

  it('should show the example and lints when there is room', () => {
    expect(questionLayout(20, { promptRows: 2, exampleRows: 2, lintRows: 1 })).toEqual({
      promptRows: 2,
      exampleRows: 2,
      lintRows: 1,
      editorRows: 9,
    });
  });

  it('should keep three editor rows, cutting the example first, then the prompt', () => {
    expect(questionLayout(14, { promptRows: 4, exampleRows: 3, lintRows: 1 })).toEqual({
      promptRows: 4,
      exampleRows: 0,
      lintRows: 1,
      editorRows: 3,
    });
    expect(questionLayout(12, { promptRows: 4, exampleRows: 3, lintRows: 1 })).toEqual({
      promptRows: 2,
      exampleRows: 0,
      lintRows: 1,
      editorRows: 3,
    });
  });

  it('should show at most three lint rows or half the screen, whichever is more', () => {
    expect(questionLayout(18, { promptRows: 1, exampleRows: 0, lintRows: 8 }).lintRows).toBe(3);
    expect(questionLayout(30, { promptRows: 1, exampleRows: 0, lintRows: 12 }).lintRows).toBe(9);
  });

  it('should still give the editor a row on a tiny screen', () => {
    expect(questionLayout(5, { promptRows: 2, exampleRows: 0, lintRows: 0 })).toEqual({
      promptRows: 0,
      exampleRows: 0,
      lintRows: 0,
      editorRows: 1,
    });
  });
});
