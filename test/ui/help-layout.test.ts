import { describe, expect, it } from 'vitest';
import { helpLayout } from '../../src/ui/help-layout.js';

const entries = [
  { label: 'Tab', help: 'next' },
  { label: 'Esc', help: 'overview (writes the answer if changed)' },
  { label: 'Ctrl+W/Alt+Backspace', help: 'delete word left' },
  { label: 'F1', help: 'help' },
];

describe('helpLayout', () => {
  it('should put every key in one column where the rows hold them', () => {
    expect(helpLayout(entries, 80, 5)).toEqual({
      title: 'Keys on this screen · any key closes this help',
      columns: [
        [
          'Tab                  next',
          'Esc                  overview (writes the answer if changed)',
          'Ctrl+W/Alt+Backspace delete word left',
          'F1                   help',
        ],
      ],
      columnWidth: 80,
      left: 0,
    });
  });

  it('should wrap a help text whole beside its key rather than cut it, and give a long label a row of its own', () => {
    expect(helpLayout(entries, 40, 8)).toEqual({
      title: 'Keys · any key closes this help',
      columns: [
        [
          'Tab            next',
          'Esc            overview (writes the',
          '               answer if changed)',
          'Ctrl+W/Alt+Backspace',
          '               delete word left',
          'F1             help',
        ],
      ],
      columnWidth: 40,
      left: 0,
    });
  });

  it('should take more columns before leaving any key out', () => {
    expect(helpLayout(entries, 80, 4).columns).toEqual([
      ['Tab            next', 'Esc            overview (writes the', '               answer if changed)'],
      ['Ctrl+W/Alt+Backspace', '               delete word left', 'F1             help'],
    ]);
  });

  it('should count the keys a tiny terminal has no room for, keeping a row to say so', () => {
    expect(helpLayout(entries, 40, 5)).toEqual({
      title: 'Keys · any key closes this help',
      columns: [
        ['Tab            next', 'Esc            overview (writes the', '               answer if changed)'],
      ],
      columnWidth: 40,
      left: 2,
    });
  });
});
