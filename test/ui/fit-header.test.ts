import { describe, expect, it } from 'vitest';
import { fitHeader } from '../../src/ui/fit-header.js';
import { headerCountForms } from '../../src/ui/header-count-forms.js';
import { textWidth } from '../../src/ui/text-width.js';

const counts = headerCountForms({
  passed: 20,
  total: 31,
  answered: 28,
  questions: 31,
  checked: 3,
  items: 11,
});
const path = '/tmp/report-wizard-demo-jOwbHn/group-42/reports/README.md';
const git = ' · git: uncommitted, unpushed';
const badge = ' · hand-in: stranded Q27, unpushed, 5 hours 2 minutes left';
const fit = (width: number, p = path, g = git, b = badge): string => {
  const row = fitHeader(counts, p, g, b, width);
  return `${row.lead}|${row.warnings}`;
};

describe('headerCountForms', () => {
  it('should give every figure in each form, from the longest to the shortest', () => {
    expect(counts).toEqual([
      'report.py 20/31 pass · 28/31 answered · checklist 3/11',
      '20/31 pass · 28/31 answered · checklist 3/11',
      '20/31 pass · 28/31 answered · 3/11 ticked',
      '20/31 pass · 28 answered · 3/11 ticked',
    ]);
  });

  it('should keep saying that report.py stops, and the number of questions, when it stops', () => {
    expect(
      headerCountForms({ passed: null, total: 0, answered: 1, questions: 31, checked: 0, items: 11 }),
    ).toEqual([
      'report.py stops · 1/31 answered · checklist 0/11',
      'report.py stops · 1/31 answered · 0/11 ticked',
      'stops · 1/31 answered · 0/11 ticked',
    ]);
  });
});

describe('fitHeader', () => {
  it('should show everything where it fits, the counts first', () => {
    expect(fit(201)).toBe(`report.py 20/31 pass · 28/31 answered · checklist 3/11 · ${path}|${git}${badge}`);
    expect(fit(80, 'reports/README.md', '', '')).toBe(
      'report.py 20/31 pass · 28/31 answered · checklist 3/11 · reports/README.md|',
    );
  });

  it('should shorten the path first, to its last folders, then leave it out', () => {
    const lead = 'report.py 20/31 pass · 28/31 answered · checklist 3/11';
    expect(fit(200)).toBe(`${lead} · …/report-wizard-demo-jOwbHn/group-42/reports/README.md|${git}${badge}`);
    expect(fit(172)).toBe(`${lead} · …/group-42/reports/README.md|${git}${badge}`);
    expect(fit(163)).toBe(`${lead} · …/reports/README.md|${git}${badge}`);
    expect(fit(155)).toBe(`${lead} · …/README.md|${git}${badge}`);
    expect(fit(141)).toBe(`${lead}|${git}${badge}`);
  });

  it('should then leave out git’s warnings, then the badge’s, saying so with …', () => {
    const lead = 'report.py 20/31 pass · 28/31 answered · checklist 3/11';
    expect(fit(134)).toBe(`${lead}| · git: uncommitted, …${badge}`);
    expect(fit(121)).toBe(`${lead}| · git: …${badge}`);
    expect(fit(120)).toBe(`${lead}|${git} · hand-in: stranded Q27, unpushed, …`);
    expect(fit(100)).toBe(`${lead}| · git: … · hand-in: stranded Q27, unpushed, …`);
    expect(fit(80)).toBe(`${lead}| · git: … · hand-in: …`);
  });

  it('should keep every figure of the counts at every width down to 40', () => {
    expect(fit(70)).toBe('20/31 pass · 28/31 answered · checklist 3/11| · git: … · hand-in: …');
    expect(fit(50)).toBe('20/31 pass · 28/31 answered · checklist 3/11| ⚠');
    expect(fit(40)).toBe('20/31 pass · 28 answered · 3/11 ticked| ⚠');
    for (let width = 40; width <= 160; width++) {
      const row = fitHeader(counts, path, git, badge, width);
      expect(textWidth(row.lead + row.warnings)).toBeLessThanOrEqual(width);
      expect(row.lead).toMatch(
        /^(report\.py )?20\/31 pass · 28(\/31)? answered · (checklist 3\/11|3\/11 ticked)/,
      );
      expect(row.warnings).not.toBe('');
    }
  });

  it('should cut the shortest counts at their end only below their width', () => {
    expect(fit(30)).toBe('20/31 pass · 28 answered · 3/…|');
  });
});
