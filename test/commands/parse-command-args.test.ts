import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../../src/commands/command-specs.js';
import { wantsHelp } from '../../src/commands/parse-command-args.js';

describe('wantsHelp', () => {
  it('should find -h and --help where parseArgs reads them as the help option, and nowhere else', () => {
    const spec = commandSpecs.check;
    expect(wantsHelp(spec, ['--help'])).toBe(true);
    expect(wantsHelp(spec, ['README.md', '-h'])).toBe(true);
    expect(wantsHelp(spec, ['--json', '--help=yes'])).toBe(true);
    expect(wantsHelp(spec, ['--', '--help'])).toBe(false);
    expect(wantsHelp(spec, ['README.md', 'help', 'h.md', '--json'])).toBe(false);
    expect(wantsHelp(spec, [])).toBe(false);
    expect(
      wantsHelp(
        spec,
        Array.from({ length: 1000 }, (_, i) => `r${i}.md`),
      ),
    ).toBe(false);
  });
});
