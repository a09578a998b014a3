import { expect, test } from 'vitest';
import { mergeSavedState } from '../../src/io/merge-saved-state.js';
import type { SavedDraft, SavedState } from '../../src/io/state-store.js';

const draft = (question: number, text: string, base = ''): SavedDraft => ({ question, text, base });
const at = (question: number, drafts: SavedDraft[]): SavedState => ({ screen: 'question', question, drafts });

test('should add a new draft to the drafts on disk', () => {
  expect(mergeSavedState(at(1, [draft(7, 'b')]), at(1, []), at(3, [draft(3, 'a')]))).toEqual(
    at(3, [draft(3, 'a'), draft(7, 'b')]),
  );
});

test('should change a draft whose text or base changed since it was known', () => {
  expect(
    mergeSavedState(at(1, [draft(3, 'old')]), at(1, [draft(3, 'old')]), at(3, [draft(3, 'new')])),
  ).toEqual(at(3, [draft(3, 'new')]));
  expect(
    mergeSavedState(at(1, [draft(3, 'a', 'x')]), at(1, [draft(3, 'a', 'x')]), at(3, [draft(3, 'a', 'y')])),
  ).toEqual(at(3, [draft(3, 'a', 'y')]));
});

test('should remove a draft the wizard dropped (written), even if another changed it meanwhile', () => {
  expect(mergeSavedState(at(1, [draft(3, 'theirs')]), at(1, [draft(3, 'mine')]), at(1, []))).toEqual(
    at(1, []),
  );
});

test('should leave a draft it did not touch as it is on disk, not as it knew it', () => {
  expect(
    mergeSavedState(at(1, [draft(3, 'theirs')]), at(1, [draft(3, 'mine')]), at(1, [draft(3, 'mine')])),
  ).toEqual(at(1, [draft(3, 'theirs')]));
});

test('should not bring back a draft removed on disk that it did not change', () => {
  expect(mergeSavedState(at(1, []), at(1, [draft(3, 'a')]), at(2, [draft(3, 'a')]))).toEqual(at(2, []));
});

test('should only add and change drafts when it knew nothing before, or the disk has no state', () => {
  expect(mergeSavedState(at(1, [draft(9, 'c')]), null, at(2, [draft(3, 'a')]))).toEqual(
    at(2, [draft(3, 'a'), draft(9, 'c')]),
  );
  expect(mergeSavedState(null, at(1, [draft(9, 'c')]), at(2, [draft(3, 'a')]))).toEqual(
    at(2, [draft(3, 'a')]),
  );
});

test('should take the place (screen and question) from the newest writer', () => {
  expect(mergeSavedState(at(9, []), at(1, []), { screen: 'checklist', question: 2, drafts: [] })).toEqual({
    screen: 'checklist',
    question: 2,
    drafts: [],
  });
});
