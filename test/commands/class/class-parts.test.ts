import { describe, expect, it } from 'vitest';
import { boxMeaning, checklistBoxes } from '../../../src/report/class/checklist-boxes.js';
import { cloneNames, csvRows, parseRoster } from '../../../src/report/class/parse-roster.js';
import { staffFigure } from '../../../src/report/class/staff-figure.js';
import { problemRow } from '../../../src/commands/class/class-row.js';
import { formatClassCsv } from '../../../src/commands/class/format-class-csv.js';
import { makeReport } from '../../helpers/make-report.js';
import { splitLines } from '../../../src/report/split-lines.js';

describe('checklistBoxes', () => {
  it('should count x and X as ticks and list every other box with what it most likely means', () => {
    const lines = [
      '* [x] a',
      '- [X] b',
      '* [ ] c',
      '* [✅] d',
      '* [Y] e',
      '* [50%] f',
      '* [%] g',
      '* [/] h',
      '* [(X)] i',
      '* [100%] j',
      '```',
      '* [x] in code',
      '```',
      '```--- question 1 fill here ---```',
      '* [] k',
      '### Question 1',
      '* [x] an answer list',
    ];
    expect(checklistBoxes(splitLines(lines.join('\n')), 16)).toEqual({
      items: 11,
      ticked: 6,
      unusual: [
        { line: 4, box: '✅', meaning: 'ticked' },
        { line: 5, box: 'Y', meaning: 'ticked' },
        { line: 6, box: '50%', meaning: 'partly' },
        { line: 7, box: '%', meaning: 'partly' },
        { line: 8, box: '/', meaning: 'partly' },
        { line: 9, box: '(X)', meaning: 'ticked' },
        { line: 10, box: '100%', meaning: 'ticked' },
        { line: 15, box: '', meaning: 'unticked' },
      ],
    });
  });

  it('should skip fenced code as CommonMark (and GitHub) does: only a fence as long, with no info, closes one', () => {
    const text = [
      '````md',
      '* [x] in code',
      '```',
      '* [x] in code: a shorter run does not close it',
      '```` python',
      '* [x] in code: a run with info text does not close it',
      '````',
      '* [x] counted',
      '~~~',
      '* [ ] in code',
      '~~~~',
      '> ```',
      "* [ ] counted: a fence in a quote is the quote's",
      '### Question 1',
    ].join('\r\n');
    expect(checklistBoxes(splitLines(text), 14)).toEqual({ items: 2, ticked: 1, unusual: [] });
  });

  it('should read an unknown mark as partly done, for a human to decide', () => {
    expect(boxMeaning('maybe')).toBe('partly');
    expect(boxMeaning('✔')).toBe('ticked');
  });
});

describe('staffFigure', () => {
  it('should count two warnings for a question failing on words and images, as the leaderboard does', () => {
    const text = makeReport({ answers: { 1: 'Group 3' } });
    // report.py passes 1, 2, 3 and 28 (placeholders within 0-200 words): 27 fail, and 14 and 29 fail on words and
    // images both, so 29 WARNING lines: the leaderboard says 2 where report.py says 4.
    expect(staffFigure(text)).toEqual({ passed: 2, total: 31 });
  });

  it('should show every question passing when report.py crashes, as a crash prints no WARNING', () => {
    expect(staffFigure(makeReport({ answers: {} }).replace('Answer:', 'Answr:'))).toEqual({
      passed: 31,
      total: 31,
    });
    expect(staffFigure(null)).toBeNull();
  });
});

describe('parseRoster', () => {
  it('should take the group from the first column and the first URL-like cell, skipping the header', () => {
    expect(
      parseRoster(
        'group,s1,s2,url\n1,"Doe, Jane",,https://github.com/a/b\n"2",x,,git@github.com:c/d.git\n\n3,only,,\n',
      ),
    ).toEqual([
      { line: 2, group: '1', url: 'https://github.com/a/b' },
      { line: 3, group: '2', url: 'git@github.com:c/d.git' },
      { line: 5, group: '3', url: null },
    ]);
  });

  it('should read quoted cells with commas, doubled quotes and line breaks', () => {
    expect(csvRows('a,"b ""c"", d",e\r\n"x\ny",z')).toEqual([
      { line: 1, cells: ['a', 'b "c", d', 'e'] },
      { line: 2, cells: ['x\ny', 'z'] },
    ]);
  });

  it('should name the folders a clone may have', () => {
    expect(cloneNames('https://github.com/Owner/Repo.git')).toEqual([
      'Owner+Repo',
      'Owner+Repo.git',
      'Owner__Repo',
      'Owner__Repo.git',
      'Owner/Repo',
      'Owner/Repo.git',
      'Repo',
      'Repo.git',
    ]);
  });
});

describe('formatClassCsv', () => {
  it('should quote cells and defuse formulas a spreadsheet would run', () => {
    const row = problemRow({ group: '=1+2', folder: '/c/a,b', repo: null }, 'No clone of "x".');
    expect(formatClassCsv([row]).split('\r\n')[1]).toBe(
      `'=1+2,"/c/a,b",,"No clone of ""x"".",,,,,,,,,,,,,,,0,,,0,,0,"No clone of ""x""."`,
    );
  });
});
