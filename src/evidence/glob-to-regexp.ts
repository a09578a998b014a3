const special = /[.+^$()|[\]\\]/g;

/**
 * A glob over repository paths as a case-insensitive regular expression: `**` and a slash, any folders (or none);
 * `*` any part of a name; `?` one character; `{a,b}` either. Without a slash a pattern matches at the root only.
 */
export const globToRegExp = (glob: string): RegExp => {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(special, '\\$&');
  }
  // `s`: a folder name may hold a newline, which `.` would not match.
  return new RegExp(`^${source}$`, 'is');
};
