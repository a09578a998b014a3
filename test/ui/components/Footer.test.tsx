import { render } from 'ink-testing-library';
import { expect, test } from 'vitest';
import { Footer } from '../../../src/ui/components/Footer.js';

test('should list the overview keys', () => {
  const { lastFrame } = render(<Footer screen="overview" filtering={false} quitting={false} width={80} />);
  expect(lastFrame()).toBe('↑↓ select · Enter open · n/N failing · c checklist · ? help · q quit');
});

test('should list the filter keys while the checklist filter has the keys', () => {
  const { lastFrame } = render(<Footer screen="checklist" filtering quitting={false} width={80} />);
  expect(lastFrame()).toBe('type to filter by text or tag (m17) · Enter keep · Esc clear');
});

test('should list the answers to the quit question on any screen', () => {
  const { lastFrame } = render(<Footer screen="question" filtering={false} quitting width={80} />);
  expect(lastFrame()).toBe('y write and quit · n quit without writing · Esc stay');
});

test('should leave out whole keys, never part of one, where the row is short, and keep the one for help', () => {
  const { lastFrame } = render(<Footer screen="overview" filtering={false} quitting={false} width={40} />);
  expect(lastFrame()).toBe('↑↓ select · Enter open · … · ? help');
});
