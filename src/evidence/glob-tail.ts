/**
 * The literal end of a glob, lower-cased (`**\/*.py`: `.py`): every path `globToRegExp(glob)` matches ends with it,
 * whatever its case, so a path that does not can be passed over without the regular expression. Empty when the glob
 * ends in a wildcard or its end is not plain ASCII (whose case folding the check could not follow).
 */
export const globTail = (glob: string): string => {
  let start = glob.length;
  while (start > 0 && !'*?{},'.includes(glob[start - 1]!)) start--;
  // `**/` may stand for no folder at all (`**/pyproject.toml` names the root's): its slash is not required.
  const tail = glob.slice(glob.startsWith('**/', start - 2) ? start + 1 : start);
  return /^[\x20-\x7e]*$/.test(tail) ? tail.toLowerCase() : '';
};
