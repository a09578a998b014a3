import type { SavedState } from '../io/state-store.js';
import type { WizardState } from './wizard-reducer.js';

/** What of the wizard's state a later run resumes from. */
export const toSaved = (state: WizardState): SavedState => ({
  screen:
    state.screen === 'conflict'
      ? 'overview'
      : state.screen === 'parity'
        ? (state.parity?.from ?? 'overview')
        : state.screen,
  question: state.question,
  // Unresolved conflicts stay drafts with their old base, so the next run asks again.
  drafts: [
    ...Object.values(state.drafts),
    ...state.conflicts.map(({ question, text, base }) => ({ question, text, base })),
  ],
});

/** Whether a change of state changes what is saved. */
export const savedChanged = (a: WizardState, b: WizardState): boolean =>
  a.screen !== b.screen || a.question !== b.question || a.drafts !== b.drafts || a.conflicts !== b.conflicts;
