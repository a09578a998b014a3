import { checklistKeys } from '../screens/checklist/checklist-keys.js';
import { filterKeys } from '../screens/checklist-filter/filter-keys.js';
import { conflictKeys } from '../screens/conflict/conflict-keys.js';
import { hazardKeys } from '../screens/hazard/hazard-keys.js';
import { pickerKeys } from '../screens/image-picker/picker-keys.js';
import { overviewKeys } from '../screens/overview/overview-keys.js';
import { parityKeys } from '../screens/parity/parity-keys.js';
import { editorKeys } from './editor-keys.js';
import { questionKeys } from '../screens/question/question-keys.js';
import { quitKeys } from '../screens/quit/quit-keys.js';
import { warningsKeys } from '../screens/warnings/warnings-keys.js';
import { handinKeys } from '../screens/handin/handin-keys.js';
import { resolveKeys } from '../screens/resolve/resolve-keys.js';
import { globalKeys } from './global-keys.js';

export type { ChecklistAction } from '../screens/checklist/checklist-keys.js';
export type { FilterAction } from '../screens/checklist-filter/filter-keys.js';
export type { ConflictAction } from '../screens/conflict/conflict-keys.js';
export type { HazardAction } from '../screens/hazard/hazard-keys.js';
export type { PickerAction } from '../screens/image-picker/picker-keys.js';
export type { OverviewAction } from '../screens/overview/overview-keys.js';
export type { ParityAction } from '../screens/parity/parity-keys.js';
export type { QuestionAction } from '../screens/question/question-keys.js';
export type { QuitAction } from '../screens/quit/quit-keys.js';
export type { WarningsAction } from '../screens/warnings/warnings-keys.js';
export type { GlobalAction } from './global-keys.js';
export type { HandinAction } from '../screens/handin/handin-keys.js';
export type { ResolveAction } from '../screens/resolve/resolve-keys.js';

/**
 * Every key table of the wizard, each owned by its screen's folder: the README's key table and the tests that keep
 * it, the help and the footers equal read them from here.
 */
export const keyTables = {
  global: globalKeys,
  overview: overviewKeys,
  question: questionKeys,
  editor: editorKeys,
  checklist: checklistKeys,
  filter: filterKeys,
  conflict: conflictKeys,
  quit: quitKeys,
  hazard: hazardKeys,
  parity: parityKeys,
  resolve: resolveKeys,
  handin: handinKeys,
  picker: pickerKeys,
  warnings: warningsKeys,
};
