import { plural } from '../plural.js';
import type { RuleFix } from './lint-rule.js';
import { nonAsciiSpace } from './non-ascii-space.js';

/** `windows-count`'s repair: non-ASCII spaces in an answer become ordinary ones. */
export const windowsCountFix: RuleFix = {
  order: 3,
  region: (region, question) => {
    const spaces = region.match(nonAsciiSpace)?.length ?? 0;
    if (spaces === 0) return null;
    const n = question.number;
    return {
      region: region.replace(nonAsciiSpace, ' '),
      fixes: [
        {
          rule: 'windows-count',
          question: n,
          message: `Replaced ${plural(spaces, 'non-ASCII space')} in question ${n}'s answer with ordinary spaces.`,
        },
      ],
    };
  },
};
