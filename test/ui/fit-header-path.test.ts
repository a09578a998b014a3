import { describe, expect, it } from 'vitest';
import { fitHeaderPath } from '../../src/ui/fit-header-path.js';

const counts = 'report.py 10/31 pass · 12/31 answered · checklist 0/11';

describe('fitHeaderPath', () => {
  it('should keep the whole path where it fits', () => {
    expect(fitHeaderPath('reports/README.md', counts, 80)).toBe(`reports/README.md · ${counts}`);
  });

  it('should shorten a long path to its last folders before the counts give way', () => {
    const path = '/tmp/report-wizard-demo-jOwbHn/group-42/reports/README.md';
    expect(fitHeaderPath(path, counts, 90)).toBe(`…/group-42/reports/README.md · ${counts}`);
    expect(fitHeaderPath(path, counts, 80)).toBe(`…/reports/README.md · ${counts}`);
    expect(fitHeaderPath(path, counts, 60)).toBe(`…/README.md · ${counts}`);
  });

  it('should leave the counts to be cut at their end only when even the file name does not fit', () => {
    expect(fitHeaderPath('/a/b/README.md', counts, 20)).toBe(`…/README.md · ${counts}`);
  });
});
