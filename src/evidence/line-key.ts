const jinja = /\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}/g;
const version = /\d+(?:\.\d+)+/g;

/** cyrb53: a 53-bit string hash, enough to tell a few thousand template lines from a repository's own. */
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/**
 * A line's key for comparing with the cookiecutter template: whitespace collapsed, the template's jinja variables and
 * the repository's own package names (`names`) and version numbers made alike, hashed. Null for lines too short to
 * tell anything (blank lines, lone brackets).
 */
export const lineKey = (line: string, names: RegExp | null = null): string | null => {
  let text = line.trim().replace(/\s+/g, ' ').replace(jinja, '\u00a7');
  if (names !== null) text = text.replace(names, '\u00a7');
  text = text.replace(version, '\u00a7');
  return text.replace(/[\u00a7\s]/g, '').length < 4 ? null : hash53(text);
};
