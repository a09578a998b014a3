/**
 * Whether a GitHub Actions `paths:` filter pattern matches a path, by GitHub's filter pattern cheat sheet (`*` any
 * run without `/`, `**` any run, `?` and `+` zero-or-one and one-or-more of the preceding character, `[...]` one
 * character of a set, a leading `!` negates, `\` escapes the next character), as nektos/act's workflowpattern reads it.
 */
export const githubFilterMatches = (pattern: string, path: string): boolean => {
  // A negated pattern only takes back what earlier patterns matched: alone, it matches nothing.
  if (pattern.startsWith('!')) return false;
  const body = pattern;
  const quote = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let regex = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '*' && body[i + 1] === '*') {
      if (body[i + 2] === '/') {
        regex += '(?:.+/)?';
        i += 2;
      } else {
        regex += '.*';
        i += 1;
      }
    } else if (c === '*') regex += '[^/]*';
    else if (c === '+' || c === '?') regex += i > 0 ? c : quote(c);
    else if (c === '[') {
      const close = body.indexOf(']', i + 1);
      if (close === -1) throw new Error(`invalid pattern ${pattern}: [ without ]`);
      regex += `[${quote(body.slice(i + 1, close))}]`;
      i = close;
    } else if (c === '\\') {
      if (i + 1 >= body.length) throw new Error(`invalid pattern ${pattern}: \\ at the end`);
      regex += quote(body[i + 1]!);
      i += 1;
    } else regex += quote(c);
  }
  return new RegExp(`^${regex}$`, 'u').test(path);
};
