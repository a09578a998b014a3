import type { Report } from '../report/model.js';
import { setChecked } from '../report/set-checked.js';

/** The report text with the boxes of `indexes` set to `checked`: one character per item, so offsets stay put. */
export const setBoxes = (report: Report, indexes: readonly number[], checked: boolean): string =>
  indexes.reduce((text, index) => setChecked({ ...report, text }, index, checked), report.text);
