import { render } from 'ink-testing-library';
import { expect, test } from 'vitest';
import { HelpOverlay } from '../../../src/ui/components/HelpOverlay.js';
import { screenKeyTables } from '../../../src/ui/screens/screen-key-tables.js';

const question = screenKeyTables({ screen: 'question', filtering: false, quitting: false });
const frame = (width: number, height: number): string => {
  const view = render(<HelpOverlay tables={question} width={width} height={height} />);
  const shown = view.lastFrame() ?? '';
  view.unmount();
  return shown;
};

test('should show every key of the question screen whole in an 80x24 terminal, its texts wrapped, none cut', () => {
  // The body of an 80x24 frame with a one-row notice: 20 rows.
  expect(frame(80, 20)).toBe(
    [
      'Keys on this screen · any key closes this help',
      'Tab/PgDn       next                      Enter          new line',
      'Shift+Tab/PgUp previous                  ←→↑↓           move',
      'Ctrl+S         save                      Ctrl/Alt+←→    by word',
      'Esc            overview (writes the      Home/End       line start/end',
      '               answer if changed)        Backspace      delete left',
      'Ctrl+R         the file’s answer (drops  Delete         delete right',
      '               a draft; undoable)        Ctrl+W/Alt+Backspace',
      'Ctrl+O         your draft beside the                    delete word left',
      '               file’s new answer         Alt+D/Ctrl+Delete',
      'Ctrl+T         show or hide the example                 delete word right',
      'Ctrl+G         insert an image from      Ctrl+U         delete to line start',
      '               figures/                  Ctrl+K         delete to line end',
      'Ctrl+E         edit in $VISUAL/$EDITOR   Ctrl+Z/Ctrl+Y  undo/redo',
      'Ctrl+P         open the graded page      Ctrl+C         quit (asks about',
      '               (report.py html) at this                 unwritten text)',
      '               question                  F1             help',
      'Ctrl+L         every warning of the',
      '               answer, with its fix',
      'type, paste    insert text',
    ].join('\n'),
  );
});

test('should say how many keys a 40x10 terminal has no room for instead of cutting them', () => {
  expect(frame(40, 6)).toBe(
    [
      'Keys · any key closes this help',
      'Tab/PgDn       next',
      'Shift+Tab/PgUp previous',
      'Ctrl+S         save',
      '… and 22 more in a larger window',
    ].join('\n'),
  );
});
