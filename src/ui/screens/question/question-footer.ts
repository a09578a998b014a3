import { footerText } from '../../keys/footer-text.js';
import { globalKeys } from '../../keys/global-keys.js';
import { questionKeys } from './question-keys.js';

/**
 * The question screen's key line in at most 80 columns, from its key table: Ctrl+G is listed where report.py counts
 * images (it works everywhere), the example and the editor where there are some.
 */
export const questionFooter = (hasExample: boolean, hasImages: boolean, hasEditor: boolean): string =>
  [
    footerText(
      questionKeys,
      (action) =>
        (action !== 'example' || hasExample) &&
        (action !== 'image' || hasImages) &&
        (action !== 'editor' || hasEditor),
    ),
    footerText(globalKeys),
  ].join(' · ');
