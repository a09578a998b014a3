import { isAbsolute, relative } from 'node:path';

/** A path as messages show it: relative when it lies inside `cwd` (`.` for `cwd` itself), else absolute. */
export const displayPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};
