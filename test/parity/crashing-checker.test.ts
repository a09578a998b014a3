import { describe, expect, it } from 'vitest';
import { crashingChecker } from '../../src/parity/crashing-checker.js';
import { checkerByVersion, checkers } from '../../src/report/generations.js';

describe('crashingChecker', () => {
  it('should mark exactly the three 2024-11-04 versions whose helpers sit inside html()', () => {
    expect(checkers.filter((c) => c.crashes !== null).map((c) => c.version)).toEqual([
      '2024-11-04.272387fc',
      '2024-11-04.5428603a',
      '2024-11-04.ea6e30e2',
    ]);
  });

  it('should name the version, its error and where to get the current one', () => {
    expect(crashingChecker(checkerByVersion('2024-11-04.ea6e30e2')!, 'reports')).toBe(
      "Your report.py is the upstream version 2024-11-04.ea6e30e2, which stops on every report before checking it (NameError: name 'no_constraints' is not defined): replace reports/report.py with the current reports/report.py from https://github.com/SkafteNicki/dtu_mlops and run parity again.",
    );
  });

  it('should say nothing for a working or unknown report.py', () => {
    expect(crashingChecker(checkerByVersion('2026-01-09.e3622b47')!, '.')).toBeNull();
    expect(crashingChecker(null, '.')).toBeNull();
  });
});
