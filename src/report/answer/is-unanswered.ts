import { withoutPlaceholders } from './without-placeholders.js';

/**
 * Whether an answer holds nothing but white space and template placeholders: the one meaning of "unanswered" that
 * `status`, `fix`, `migrate`, `answer` and the wizard share (applied to the whole answer, see `wholeAnswer`).
 */
export const isUnanswered = (text: string): boolean => withoutPlaceholders(text).trim() === '';
