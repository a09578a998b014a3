import { describe, expect, it } from 'vitest';
import { lintReport } from '../../../src/report/lint-report.js';
import { parseReport } from '../../../src/report/parse-report.js';
import { answeredReport } from './answered-report.js';
import { lineOfText } from './line-of-text.js';
import { lintsOf } from './lints-of.js';

describe('image rules', () => {
  it('should flag a remote image', () => {
    const text = answeredReport({ 19: '![bucket](https://example.com/b.png)' });
    const line = lineOfText(text, '![bucket]');
    expect(lintsOf(text, 'image-remote')).toEqual([
      {
        rule: 'image-remote',
        question: 19,
        line,
        message:
          `Question 19's image on line ${line} links to "https://example.com/b.png": report.py counts it, but it ` +
          'breaks when the link does. Save the image in the figures folder and link "figures/<name>.png" instead.',
      },
    ]);
  });

  it('should flag a format other than PNG or JPEG', () => {
    const text = answeredReport({ 20: '![registry](figures/registry.svg) ![ok](figures/ok.JPG)' });
    const line = lineOfText(text, '![registry]');
    expect(lintsOf(text, 'image-extension')).toEqual([
      {
        rule: 'image-extension',
        question: 20,
        line,
        message:
          `Question 20's image "figures/registry.svg" on line ${line} is not a .png, .jpg or .jpeg file, the only ` +
          'formats the template allows. Convert it to PNG or JPEG and link that file.',
      },
    ]);
  });

  it('should flag an image outside figures/, reading ./, <…> and %20 as Markdown does', () => {
    const text = answeredReport({
      21: '![build](images/build.png)\n![a](./figures/a.png) ![b](<figures/my build.png>) ![c](figures/c%20d.png "C")',
    });
    const line = lineOfText(text, '![build]');
    expect(lintsOf(text, 'image-outside-figures')).toEqual([
      {
        rule: 'image-outside-figures',
        question: 21,
        line,
        message:
          `Question 21's image "images/build.png" on line ${line} is not in the figures folder next to the report. ` +
          'Move it to figures/ and link "figures/<name>" (relative to the report).',
      },
    ]);
  });

  it('should flag a missing file only when it can look', () => {
    const text = answeredReport({ 19: '![a](figures/there.png) ![b](figures/gone%20away.png)' });
    const line = lineOfText(text, '![a]');
    const looked: string[] = [];
    const imageExists = (path: string): boolean => {
      looked.push(path);
      return path === 'figures/there.png';
    };
    expect(lintsOf(text, 'image-missing', { imageExists })).toEqual([
      {
        rule: 'image-missing',
        question: 19,
        line,
        message:
          `Question 19's image "figures/gone away.png" on line ${line} does not exist next to the report: report.py ` +
          'still counts it, but the report shows a broken image. Add the file or fix the path (it is relative to ' +
          'the report, and case matters).',
      },
    ]);
    expect(looked).toEqual(['figures/there.png', 'figures/gone away.png']);
    expect(lintsOf(text, 'image-missing')).toEqual([]);
  });

  it('should flag images report.py does not count', () => {
    const text = answeredReport({
      14: '<img src="figures/a.png" width="300">\n\n![a long\ndescription](figures/b.png)\n\n![c][ref]',
    });
    expect(lintsOf(text, 'image-not-counted').map((l) => [l.line, l.message])).toEqual([
      [
        lineOfText(text, '<img'),
        `Question 14 has an HTML <img> tag on line ${lineOfText(text, '<img')}, which report.py does not count as ` +
          'an image: write it as ![description](figures/<name>.png).',
      ],
      [
        lineOfText(text, '![a long'),
        `Question 14 has an image split over several lines on line ${lineOfText(text, '![a long')}, which ` +
          'report.py does not count as an image: put the whole ![description](path) on one line.',
      ],
      [
        lineOfText(text, '![c]'),
        `Question 14 has a reference-style image (![…][…]) on line ${lineOfText(text, '![c]')}, which report.py ` +
          'does not count as an image: write it as ![description](figures/<name>.png).',
      ],
    ]);
  });

  it('should flag an image inside code, fenced or inline', () => {
    const text = answeredReport({
      14: '```\n![diagram](figures/d.png)\n```\n\nSee `![x](figures/x.png)` and ![y](figures/y.png).',
    });
    expect(lintsOf(text, 'image-in-code').map((l) => [l.line, l.message])).toEqual([
      [
        lineOfText(text, '![diagram]'),
        `Question 14's image on line ${lineOfText(text, '![diagram]')} is inside code, so the report shows the text ` +
          '"![diagram](figures/d.png)" instead of a picture, though report.py counts it. Take it out of the code ' +
          'block or backticks.',
      ],
      [
        lineOfText(text, '`![x]'),
        `Question 14's image on line ${lineOfText(text, '`![x]')} is inside code, so the report shows the text ` +
          '"![x](figures/x.png)" instead of a picture, though report.py counts it. Take it out of the code block or ' +
          'backticks.',
      ],
    ]);
  });

  it('should not take the introduction\'s "```--- question 1 fill here ---```" for a fence', () => {
    expect(lintsOf(answeredReport({ 19: '![ok](figures/ok.png)' }), 'image-in-code')).toEqual([]);
  });

  it('should not say report.py counts an image below a sub-heading, where it stops counting', () => {
    const text = answeredReport({
      19: 'Our cloud setup.\n\n#### Details\n\n![bucket](https://example.com/b.png)',
    });
    const line = lineOfText(text, '![bucket]');
    expect(lintsOf(text, 'image-remote').map((l) => l.message)).toEqual([
      `Question 19's image on line ${line} links to "https://example.com/b.png": it breaks when the link does. ` +
        'Save the image in the figures folder and link "figures/<name>.png" instead.',
    ]);
    expect(lintsOf(text, 'image-missing', { imageExists: () => false })).toEqual([]);
  });

  it('should not say report.py counts a missing image below a sub-heading', () => {
    const text = answeredReport({ 19: 'Our cloud setup.\n\n## Details\n\n![bucket](figures/b.png)' });
    const line = lineOfText(text, '![bucket]');
    expect(lintsOf(text, 'image-missing', { imageExists: () => false }).map((l) => l.message)).toEqual([
      `Question 19's image "figures/b.png" on line ${line} does not exist next to the report: the report shows a ` +
        'broken image (report.py does not count it: it stops counting this answer before it). Add the file or fix ' +
        'the path (it is relative to the report, and case matters).',
    ]);
  });

  it('should tell a backslash path by its backslash, once', () => {
    const text = answeredReport({ 21: '![slo](figures\\gcloud-SLO.png)' });
    const line = lineOfText(text, '![slo]');
    const lints = lintReport(parseReport(text), { imageExists: () => false }).filter(
      (l) => l.question === 21,
    );
    expect(lints).toEqual([
      {
        rule: 'image-backslash',
        question: 21,
        line,
        message:
          `Question 21's image "figures\\gcloud-SLO.png" on line ${line} uses backslashes, which only Windows reads ` +
          'as folders: GitHub and the graded page show a broken image. Write "figures/gcloud-SLO.png".',
      },
    ]);
  });
});
