import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

/** Whether each page shows the image, as Python-Markdown and markdown-it rendered it (capture-hidden-images.py). */
const captured = JSON.parse(readFileSync(new URL('hidden-images.json', import.meta.url), 'utf8')) as Record<
  string,
  { answer: string; graded: number; github: number }
>;

/** What the image lints say about the one image of an answer: which page they say hides it. */
const verdict = (answer: string): { graded: number; github: number } => {
  const text = answeredReport({ 6: answer });
  const lints = [...lintsOf(text, 'image-in-code'), ...lintsOf(text, 'image-in-comment')];
  if (lints.length === 0) return { graded: 1, github: 1 };
  expect(lints).toHaveLength(1);
  return { graded: lints[0]!.message.includes('the graded page shows the picture') ? 1 : 0, github: 0 };
};

describe('image-in-code and image-in-comment against the renderers', () => {
  for (const [name, { answer, graded, github }] of Object.entries(captured)) {
    it(`should tell which page hides the image: ${name}`, () => {
      expect(verdict(answer)).toEqual({ graded, github });
    });
  }

  it('should flag an image in indented code with what deleting it takes off report.py', () => {
    const text = answeredReport({ 6: 'Text.\n\n    ![a](figures/a.png)\n\nMore.' });
    const line = lineOfText(text, '    ![a]');
    expect(lintsOf(text, 'image-in-code')).toEqual([
      {
        rule: 'image-in-code',
        question: 6,
        line,
        message:
          `Question 6's image on line ${line} is inside code, so the report shows the text "![a](figures/a.png)" ` +
          'instead of a picture, though report.py counts it. Take it out of the code block or backticks.',
        claim: { counted: { words: 1, images: 1 } },
      },
    ]);
  });

  it('should flag an image in an HTML comment', () => {
    const text = answeredReport({ 6: 'Text.\n\n<!--\n![a](figures/a.png)\n-->' });
    const line = lineOfText(text, '![a]');
    expect(lintsOf(text, 'image-in-comment')).toEqual([
      {
        rule: 'image-in-comment',
        question: 6,
        line,
        message:
          `Question 6's image on line ${line} is inside an HTML comment ("<!--" to "-->"), so no page shows it, ` +
          'though report.py counts it. Take it out of the comment, or delete it.',
        claim: { counted: { words: 1, images: 1 } },
      },
    ]);
  });

  it('should not say report.py counts a commented image below a sub-heading', () => {
    const text = answeredReport({ 6: 'Text.\n\n### More\n\n<!-- ![a](figures/a.png) -->' });
    expect(lintsOf(text, 'image-in-comment').map((l) => [l.message.includes('counts it'), l.claim])).toEqual([
      [false, { counted: { words: 0, images: 0 } }],
    ]);
  });
});
