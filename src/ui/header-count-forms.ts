import type { HeaderCounts } from '../report/answer/status-summary.js';

/**
 * The header's counts in forms from the longest to the shortest, each with every figure
 * (`report.py 25/31 pass · 28/31 answered · checklist 3/11` down to `25/31 pass · 28 answered · 3/11 ticked`):
 * a narrow terminal gets fewer words, never fewer figures.
 */
export const headerCountForms = (c: HeaderCounts): string[] => {
  const verdict = c.passed === null ? 'report.py stops' : `report.py ${c.passed}/${c.total} pass`;
  const short = c.passed === null ? 'report.py stops' : `${c.passed}/${c.total} pass`;
  const shortest = c.passed === null ? 'stops' : short;
  // The number of questions is the total that report.py's passes already show, unless report.py stops.
  const answered =
    c.passed === null || c.questions !== c.total ? `${c.answered}/${c.questions}` : `${c.answered}`;
  const forms = [
    `${verdict} · ${c.answered}/${c.questions} answered · checklist ${c.checked}/${c.items}`,
    `${short} · ${c.answered}/${c.questions} answered · checklist ${c.checked}/${c.items}`,
    `${short} · ${c.answered}/${c.questions} answered · ${c.checked}/${c.items} ticked`,
    `${short} · ${answered} answered · ${c.checked}/${c.items} ticked`,
    `${shortest} · ${answered} answered · ${c.checked}/${c.items} ticked`,
  ];
  return forms.filter((form, index) => forms.indexOf(form) === index);
};
