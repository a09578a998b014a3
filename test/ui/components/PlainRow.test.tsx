import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { PlainRow } from '../../../src/ui/components/PlainRow.js';

const frame = (text: string, width: number): string => {
  const view = render(<PlainRow text={text} width={width} />);
  const shown = view.lastFrame() ?? '';
  view.unmount();
  return shown;
};

describe('PlainRow', () => {
  it('should show the text, tabs as spaces and control characters as pictures', () => {
    expect(frame('a\tb\u001B[31mc', 20)).toBe('a b␛[31mc');
  });

  it('should cut what hangs past the width without splitting a cluster', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    // Drawn as its three people, six cells.
    expect(frame(`abc${family}`, 8)).toBe('abc');
    expect(frame(`ab${family}   `, 8)).toBe('ab👨👩👧');
  });

  it('should leave out zero-width clusters', () => {
    expect(frame('co\u00ADop\u200Be', 10)).toBe('coope');
  });

  it('should keep an empty row one row high', () => {
    const view = render(
      <Box flexDirection="column">
        <PlainRow text="" width={10} />
        <PlainRow text="x" width={10} />
      </Box>,
    );
    expect(view.lastFrame()).toBe('\nx');
    view.unmount();
  });
});
