import type { Effect } from '../effects/effect.js';
import type { ReportDoc } from '../../report/answer/report-doc.js';
import type { WizardAction } from '../wizard-reducer.js';

/** What a screen's key handler returns: state changes (actions) and side effects (effects), in order. */
export type Step = WizardAction | Effect;

/** What a pure key handler knows besides state and the key: the report, the body's size, the clock. */
export interface ScreenContext {
  doc: ReportDoc;
  columns: number;
  /** Rows of the screen's body. */
  bodyHeight: number;
  now: number;
}
