import { plural } from '../plural.js';
import type { RuleFix } from './lint-rule.js';
import { windowsAscii } from './windows-ascii.js';

/** `windows-crash`'s repair (`fix --windows`): curly quotes, dashes and no-break spaces in answers made ASCII. */
export const windowsCrashFix: RuleFix = {
  order: 5,
  option: 'windows',
  report: (report) => {
    const windows = windowsAscii(report);
    const fixes = windows.changes.map(({ question, quotes, dashes, spaces }) => {
      const what = [
        quotes > 0 ? plural(quotes, 'curly quote') : '',
        dashes > 0 ? `${dashes} dash${dashes === 1 ? '' : 'es'}` : '',
        spaces > 0 ? plural(spaces, 'no-break space') : '',
      ].filter(Boolean);
      return {
        rule: 'windows-crash',
        question,
        message:
          `Replaced ${what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)!}` : what[0]!} in question ` +
          `${question}'s answer with ASCII, as report.py on Windows reads them differently; its counts stay the same.`,
      };
    });
    return { text: windows.text, fixes };
  },
};
