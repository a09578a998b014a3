import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/report/match-item.js';

const checklist = [
  'Create a git repository for the project (M5)',
  'Make sure all group members have an understanding about all parts of the project',
  'Calculate the code coverage (M16)',
  'Add system metrics to the API (M28)',
];

describe('matchItem', () => {
  it('should match an item that differs in case, articles, punctuation and module tags', () => {
    expect(matchItem('create A git repository for project.', checklist)).toEqual({ index: 0, note: '' });
    expect(
      matchItem('Make sure all group members have a understanding about all parts of the project', checklist),
    ).toEqual({ index: 1, note: '' });
    expect(matchItem('Add system metrics to the API', checklist)).toEqual({ index: 3, note: '' });
  });

  it("should match the course's rewording of an item (templates/identities.json)", () => {
    expect(matchItem('Calculate the coverage.', checklist)).toEqual({ index: 2, note: '' });
  });

  it('should give the trailing comment of an item as its note', () => {
    expect(matchItem('Calculate the coverage. <!--- alice --> <!-- bob -->', checklist)).toEqual({
      index: 2,
      note: '<!--- alice --> <!-- bob -->',
    });
  });

  it("should match an item by its start and give the student's words after it as the note", () => {
    expect(matchItem('Create a git repository for the project (M5) RASMUS, BJØRN', checklist)).toEqual({
      index: 0,
      note: 'RASMUS, BJØRN',
    });
    expect(matchItem('Calculate the coverage. Done by Alice (M16)', checklist)).toEqual({
      index: 2,
      note: 'Done by Alice (M16)',
    });
    expect(matchItem('Add system metrics to the API (M28) # later <!-- x -->', checklist)).toEqual({
      index: 3,
      note: '# later <!-- x -->',
    });
  });

  it('should match nothing for an item the checklist does not ask, nor by a start of one word', () => {
    expect(matchItem('Serve the model with torchserve', checklist)).toBeNull();
    expect(matchItem('Calculate the drift', checklist)).toBeNull();
    expect(matchItem('Add tests', ['Add (M1)', 'Add'])).toBeNull();
  });
});
