import type { WizardState } from '../../wizard-reducer.js';

/** Whether the quit prompt is what the screen asks: quitting, with neither the help nor a hazard prompt over it. */
export const quitPromptShown = (state: WizardState): boolean =>
  state.quitting && !state.help && state.hazard === null;
