import { lineKey } from './line-key.js';

/** Where a file's content comes from: still the template's, the template's edited, the group's own, or empty. */
export type Provenance = 'template' | 'edited' | 'own' | 'empty';

/**
 * Compares a file's lines with the template's: at most one line of its own (a name filled in) is still the
 * template's; a file at a path the template ships (`shipped`) with half or more of its lines the template's, edited;
 * anything else, the group's own (a workflow written from scratch shares boilerplate with the template's).
 */
export const classifyFile = (
  text: string,
  names: RegExp | null,
  templateLines: ReadonlySet<string>,
  shipped: boolean,
): Provenance => {
  let keys = 0;
  let template = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const key = lineKey(line, names);
    if (key === null) continue;
    keys++;
    if (templateLines.has(key)) template++;
  }
  if (keys === 0) return 'empty';
  if (keys - template <= 1 && template >= 2) return 'template';
  if (template === keys) return 'template';
  return shipped && template * 2 >= keys ? 'edited' : 'own';
};
