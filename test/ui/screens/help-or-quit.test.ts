import { describe, expect, it } from 'vitest';
import { checklistKey } from '../../../src/ui/screens/checklist/checklist-key.js';
import { handinKey } from '../../../src/ui/screens/handin/handin-key.js';
import { helpOrQuit } from '../../../src/ui/screens/help-or-quit.js';
import { overviewKey } from '../../../src/ui/screens/overview/overview-key.js';
import { parityKey } from '../../../src/ui/screens/parity/parity-key.js';
import { initialWizardState } from '../../../src/ui/wizard-reducer.js';
import { reportDoc } from '../../../src/report/answer/report-doc.js';
import { keyOf } from '../../helpers/keys-of.js';
import { makeReport } from '../../helpers/make-report.js';

const text = makeReport();
const context = { doc: reportDoc(text, new TextEncoder().encode(text)), columns: 80, bodyHeight: 20, now: 0 };
const parity = { running: false, result: null, scroll: 0, from: 'overview' as const };
const handin = { facts: null, error: null, now: 0, scroll: 0, from: 'overview' as const };

describe('helpOrQuit', () => {
  it('should open the help or ask to quit', () => {
    expect(helpOrQuit('help')).toEqual([{ type: 'SHOW_HELP', shown: true }]);
    expect(helpOrQuit('quit')).toEqual([{ type: 'ASK_QUIT' }]);
  });

  it('should be what ? and q do on the overview, the checklist, the parity and the hand-in screens', () => {
    const state = initialWizardState({ parity, handin });
    for (const handler of [overviewKey, checklistKey, parityKey, handinKey]) {
      expect(handler(state, keyOf('?'), context)).toEqual([{ type: 'SHOW_HELP', shown: true }]);
      expect(handler(state, keyOf('q'), context)).toEqual([{ type: 'ASK_QUIT' }]);
    }
  });
});
