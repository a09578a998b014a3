import type { Lint } from '../report/lints/lint.js';
import { visibleText } from '../report/visible-text.js';

// GitHub Actions workflow commands: data escapes %, CR and LF; property values also escape : and ,. The log is also
// read in terminals, so the report's other control characters are shown rather than sent.
const escapeData = (s: string): string =>
  visibleText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

// What makes report.py refuse the report or crash: the hand-in is broken, not merely short, so CI shows an error.
const errorRules = new Set(['report-py-refuses', 'windows-crash']);

/** The annotation level GitHub shows a lint at: an error for what breaks the hand-in, a warning otherwise. */
export const annotationLevel = (lint: Lint): 'error' | 'warning' =>
  errorRules.has(lint.rule) ? 'error' : 'warning';

/** One `::warning file=…,line=…,title=…::message` line for a lint of `file`. */
export const githubAnnotation = (file: string, lint: Lint): string => {
  const title = lint.question === null ? lint.rule : `${lint.rule} (question ${lint.question})`;
  const properties = [`file=${escapeProperty(file)}`];
  if (lint.line !== null) properties.push(`line=${lint.line}`);
  properties.push(`title=${escapeProperty(title)}`);
  return `::${annotationLevel(lint)} ${properties.join(',')}::${escapeData(lint.message)}\n`;
};

/**
 * One `::warning file=…,line=…,title=…::message` line per lint (`::error` for what makes report.py refuse or
 * crash), so CI shows each one on the report's line.
 */
export const formatGithubAnnotations = (file: string, lints: Lint[]): string =>
  lints.map((lint) => githubAnnotation(file, lint)).join('');
