import type { Lint } from '../report/lints/lint.js';
import { visibleText } from '../report/visible-text.js';
import { annotationLevel } from './format-github-annotations.js';

/**
 * One `path:line:column: severity: message [rule]` line per lint, the shape editors' problem matchers read (VS Code's
 * `$gcc` among them); a problem with no single place points at the first line, and a message is kept on its line.
 */
export const formatCompact = (file: string, lints: readonly Lint[]): string =>
  lints
    .map(
      (lint) =>
        `${visibleText(file)}:${lint.line ?? 1}:1: ${annotationLevel(lint)}: ${visibleText(lint.message.replace(/\r\n|\r|\n/g, ' '))} [${lint.rule}]\n`,
    )
    .join('');
