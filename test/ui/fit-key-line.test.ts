import { describe, expect, it } from 'vitest';
import { fitKeyLine } from '../../src/ui/fit-key-line.js';

const line = 'Tab ⇧Tab move · ^S save · Esc back · ^T example · ^E editor · F1 help';

describe('fitKeyLine', () => {
  it('should keep a line that fits as it is', () => {
    expect(fitKeyLine(line, 80)).toBe(line);
  });

  it('should leave out whole keys from the end, say so with …, and keep the key that opens the help', () => {
    expect(fitKeyLine(line, 61)).toBe('Tab ⇧Tab move · ^S save · Esc back · ^T example · … · F1 help');
    expect(fitKeyLine(line, 60)).toBe('Tab ⇧Tab move · ^S save · Esc back · … · F1 help');
    expect(fitKeyLine(line, 40)).toBe('Tab ⇧Tab move · ^S save · … · F1 help');
    expect(fitKeyLine(line, 30)).toBe('Tab ⇧Tab move · … · F1 help');
  });

  it('should cut only where not even one key and the help fit', () => {
    expect(fitKeyLine(line, 10)).toBe('… · F1 hel');
  });
});
