import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { expect, test } from 'vitest';
import { parseReport } from '../../../../src/report/parse-report.js';
import { setChecked } from '../../../../src/report/set-checked.js';
import { ChecklistScreen } from '../../../../src/ui/screens/checklist/ChecklistScreen.js';

const minimal = parseReport(
  readFileSync(new URL('../../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8'),
);
const report = parseReport(setChecked(minimal, 1, true));

test('should show wrapped items whole, with their module tags, and no week title as the last row', () => {
  const { lastFrame } = render(
    <ChecklistScreen report={report} filter="" filtering={false} selected={3} width={44} height={9} />,
  );
  expect(lastFrame()).toBe(
    [
      '  [ ] Keep the dependencies in a dedicated',
      '      environment (M2)',
      '› [ ] Start from the cookiecutter template',
      '      and keep its layout, adding folders',
      '      only where the project needs them (M6)',
      '  [ ] Build a docker image for training and',
      '      check that it runs (M10)',
    ].join('\n'),
  );
});

test('should group items by week with per-week counts', () => {
  const { lastFrame } = render(
    <ChecklistScreen report={report} filter="" filtering={false} selected={1} width={44} height={6} />,
  );
  expect(lastFrame()).toBe(
    [
      'Week 1 · 1/4 checked',
      '› [x] Create a git repository for the',
      '      project (M5)',
      '  [ ] Keep the dependencies in a dedicated',
      '      environment (M2)',
    ].join('\n'),
  );
});

test('should scroll to the last item', () => {
  const { lastFrame } = render(
    <ChecklistScreen report={report} filter="" filtering={false} selected={11} width={44} height={6} />,
  );
  expect(lastFrame()).toBe(
    [
      '  [ ] Add system metrics to the API (M28)',
      'Extra · 0/2 checked',
      '  [ ] Draw an architecture diagram of the',
      '      pipeline',
      '› [ ] Push all the code to GitHub',
    ].join('\n'),
  );
});

test('should show the filter, how many items match, and only those', () => {
  const { lastFrame } = render(
    <ChecklistScreen report={report} filter="m17" filtering selected={6} width={60} height={6} />,
  );
  expect(lastFrame()).toBe(
    [
      'Filter: m17▏ (1 of 11 items)',
      'Week 2 · 0/3 checked',
      '› [ ] Run the tests in continuous integration (M17)',
    ].join('\n'),
  );
});

test('should say when no item matches', () => {
  const { lastFrame } = render(
    <ChecklistScreen
      report={report}
      filter="kubernetes"
      filtering={false}
      selected={1}
      width={60}
      height={6}
    />,
  );
  expect(lastFrame()).toBe(
    ['Filter: kubernetes (0 of 11 items)', 'No item matches “kubernetes”.'].join('\n'),
  );
});
