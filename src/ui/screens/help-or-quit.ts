import type { Step } from './step.js';

/** What a screen's help or quit key does: the same on every screen (help over it, or the quit prompt). */
export const helpOrQuit = (action: 'help' | 'quit'): Step[] =>
  action === 'help' ? [{ type: 'SHOW_HELP', shown: true }] : [{ type: 'ASK_QUIT' }];
