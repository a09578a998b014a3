import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { expect, test } from 'vitest';
import { parseReport } from '../../../../src/report/parse-report.js';
import { setChecked } from '../../../../src/report/set-checked.js';
import { ChecklistScreen } from '../../../../src/ui/screens/checklist/ChecklistScreen.js';
import type { ChecklistTraces } from '../../../../src/ui/item-trace.js';
import type { EvidenceScan } from '../../../../src/ui/wizard-reducer.js';

const minimal = parseReport(
  readFileSync(new URL('../../../fixtures/reports/minimal-2026.md', import.meta.url), 'utf8'),
);
// Item 1 (git) ticked with evidence, 4 (docker) evidence but not ticked, 6 (CI) ticked without a trace.
const report = parseReport(setChecked(parseReport(setChecked(minimal, 1, true)), 6, true));
const text = (index: number): string => report.items[index - 1]!.text;
const traces: ChecklistTraces = {
  1: {
    text: text(1),
    traceable: true,
    evidence: [{ path: '.git', why: 'the report is in a git repository' }],
  },
  2: { text: text(2), traceable: true, evidence: [] },
  4: {
    text: text(4),
    traceable: true,
    evidence: [
      { path: 'Dockerfile', why: "a Dockerfile, the group's own file" },
      { path: 'dockerfiles/api.dockerfile', why: "a dockerfile, the group's own file" },
    ],
  },
  6: { text: text(6), traceable: true, evidence: [] },
  10: { text: text(10), traceable: false, evidence: [] },
};
const found: EvidenceScan = { kind: 'found', traces };

const frame = (props: Partial<Parameters<typeof ChecklistScreen>[0]>): string =>
  render(
    <ChecklistScreen
      report={report}
      filter=""
      filtering={false}
      selected={4}
      width={60}
      height={12}
      evidence={found}
      {...props}
    />,
  ).lastFrame()!;

const lines = (...rows: string[]): string => rows.join('\n');
const title = 'Evidence · + 1 not ticked · ? 1 ticked, no trace';

test('should show the files of the selected item and why each counts, wrapped, under the list', () => {
  expect(frame({})).toBe(
    lines(
      '  [ ]   Start from the cookiecutter template and keep its',
      '        layout, adding folders only where the project needs',
      '        them (M6)',
      '› [ ] + Build a docker image for training and check that it',
      '        runs (M10)',
      'Week 2 · 1/3 checked',
      '  [ ]   Write unit tests for the data code (M16)',
      '  [x] ? Run the tests in continuous integration (M17)',
      title,
      "  Dockerfile: a Dockerfile, the group's own file",
      "  dockerfiles/api.dockerfile: a dockerfile, the group's",
      '    own file',
    ),
  );
});

test('should say "no trace found" for an item a rule covers, ticked or not', () => {
  expect(frame({ selected: 6 }).split('\n').slice(-2)).toEqual([title, '  no trace found']);
  expect(frame({ selected: 2 }).split('\n').slice(-2)).toEqual([title, '  no trace found']);
});

test('should show no evidence line for an item that cannot leave a trace', () => {
  const rows = frame({ selected: 10 }).split('\n');
  expect(rows.slice(-3)).toEqual([
    '› [ ]   Draw an architecture diagram of the pipeline',
    '  [ ]   Push all the code to GitHub',
    title,
  ]);
});

test('should show only the items with evidence that are not ticked, keeping the panel in its place', () => {
  expect(frame({ suggestionFilter: 'check' })).toBe(
    lines(
      'Only: evidence, not ticked (1 of 11 items)',
      'Week 1 · 1/4 checked',
      '› [ ] + Build a docker image for training and check that it',
      '        runs (M10)',
      '',
      '',
      '',
      '',
      title,
      "  Dockerfile: a Dockerfile, the group's own file",
      "  dockerfiles/api.dockerfile: a dockerfile, the group's",
      '    own file',
    ),
  );
});

test('should show only the ticked items without a trace, the selection handed to one of them', () => {
  const rows = frame({ suggestionFilter: 'uncheck', selected: 1 }).split('\n');
  expect(rows.filter((row) => row !== '')).toEqual([
    'Only: ticked, no trace (1 of 11 items)',
    'Week 2 · 1/3 checked',
    '› [x] ? Run the tests in continuous integration (M17)',
    title,
    '  no trace found',
  ]);
});

test('should combine the text filter with the evidence filter, and say when nothing is left', () => {
  expect(frame({ suggestionFilter: 'check', filter: 'tests' }).split('\n')[0]).toBe(
    'Filter: tests · Only: evidence, not ticked (0 of 11 items)',
  );
  const agreeing: EvidenceScan = { kind: 'found', traces: { 1: traces[1]! } };
  expect(frame({ suggestionFilter: 'check', evidence: agreeing }).split('\n').slice(0, 2)).toEqual([
    'Only: evidence, not ticked (0 of 11 items)',
    'No item has evidence and is not ticked.',
  ]);
});

test('should say the scan is running, and why there is no evidence, with no marks meanwhile', () => {
  const scanning = frame({ evidence: { kind: 'scanning' } }).split('\n');
  expect(scanning.at(-1)).toBe('Evidence: looking through the repository…');
  expect(scanning).toContain('› [ ] Build a docker image for training and check that it');
  const none = frame({
    evidence: { kind: 'none', message: 'the report is in no git repository and no reports/ folder.' },
    width: 40,
  }).split('\n');
  expect(none.slice(-2)).toEqual([
    'Evidence: the report is in no git',
    '  repository and no reports/ folder.',
  ]);
});

test('should show report and repository text through visibleText', () => {
  const evil: EvidenceScan = {
    kind: 'found',
    traces: { 4: { ...traces[4]!, evidence: [{ path: 'a\u001B]0;x\u0007.dockerfile', why: 'why\r' }] } },
  };
  expect(frame({ evidence: evil }).split('\n').at(-1)).toBe('  a␛]0;x␇.dockerfile: why␍');
});

test('should show no panel and no marks when the run scans no evidence', () => {
  const rows = frame({ evidence: null }).split('\n');
  expect(rows).toContain('› [ ] Build a docker image for training and check that it');
  expect(rows.some((row) => row.startsWith('Evidence'))).toBe(false);
});

test('should cut a long panel to its rows and say how much is left', () => {
  const many: EvidenceScan = {
    kind: 'found',
    traces: {
      4: {
        ...traces[4]!,
        evidence: ['a', 'b', 'c', 'd', 'e'].map((name) => ({
          path: `${name}.dockerfile`,
          why: 'a dockerfile',
        })),
      },
    },
  };
  expect(frame({ evidence: many, height: 9 }).split('\n').slice(-3)).toEqual([
    'Evidence · + 1 not ticked · ? 0 ticked, no trace',
    '  a.dockerfile: a dockerfile',
    '  … 4 more lines',
  ]);
});

test('should say under the counts that a scan cut short calls no item untraced (issue 19 item 11)', () => {
  // Without git, the walk stopped at its limit: item 6 (ticked) is then not traceable, so no "?" either.
  const cut: ChecklistTraces = Object.fromEntries(
    Object.entries(traces).map(([index, trace]) => [
      index,
      { ...trace, traceable: trace.evidence.length > 0, cut: true },
    ]),
  );
  expect(
    frame({ evidence: { kind: 'found', traces: cut }, selected: 6 })
      .split('\n')
      .slice(-3),
  ).toEqual([
    'Evidence · + 1 not ticked · ? 0 ticked, no trace',
    '  The scan stopped early (without git there is no list of',
    '  the files): no item is called untraced.',
  ]);
});
