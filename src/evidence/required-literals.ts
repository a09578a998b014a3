/** Escapes that match one character class or a position, never a fixed character: they end a literal run. */
const classEscapes = new Set(['b', 'B', 'd', 'D', 'w', 'W', 's', 'S', 'n', 'r', 't', 'f', 'v']);

/** The index just past the group or character class opening at `at` (an escape inside skips its character). */
const skipBracket = (source: string, at: number): number => {
  const close = source[at] === '[' ? ']' : ')';
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (close === ']' && c === ']' && i > at) return i + 1;
    else if (close === ')' && c === '[') i = skipBracket(source, i) - 1;
    else if (close === ')' && c === '(') depth++;
    else if (close === ')' && c === ')' && --depth === 0) return i + 1;
  }
  return -1;
};

/** The top-level alternatives of `source`, or null when its brackets do not close. */
const alternatives = (source: string): string[] | null => {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[' || c === '(') {
      const end = skipBracket(source, i);
      if (end < 0) return null;
      i = end - 1;
    } else if (c === '|') {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, source.slice(start)];
};

/** A quantifier in braces at the start of the text: `{2}`, `{2,}`, `{2,5}`. */
const braces = /^\{\d+(?:,\d*)?\}/;

/** Whether the quantifier at `at` (if any) lets the atom before it be absent: `?`, `*`, `{0}`, `{0,n}`. */
const optional = (source: string, at: number): boolean =>
  source[at] === '?' || source[at] === '*' || /^\{0+(?:,\d*)?\}/.test(source.slice(at));

/**
 * Literals one of which every match of one alternative (a sequence) contains, or null when it has none it can tell:
 * the longest run of plain characters it requires, or the literals of a group it requires.
 */
const sequenceLiterals = (source: string): string[] | null => {
  let best: string[] | null = null;
  const score = (set: string[]): number => Math.min(...set.map((l) => l.length));
  const offer = (set: string[] | null): void => {
    if (set !== null && set.length > 0 && (best === null || score(set) > score(best))) best = set;
  };
  let run = '';
  const end = (): void => {
    if (run !== '') offer([run]);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    let literal: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      next = i + 2;
      // Escapes of a code (\x41, \u0041, \cJ), backreferences and properties are not read: give up on them.
      if (/[A-Za-z0-9]/.test(e) && !classEscapes.has(e)) return null;
      if (!/[A-Za-z0-9]/.test(e)) literal = e;
    } else if (c === '[' || c === '(') {
      next = skipBracket(source, i);
      if (next < 0) return null;
      // A group the match must go through (not optional, not a look-around): one of its literals is there.
      if (c === '(' && !optional(source, next) && !/^\(\?(?:[=!]|<[=!])/.test(source.slice(i))) {
        end();
        offer(requiredLiterals(source.slice(i + 1, next - 1).replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '')));
      }
    } else if (c === '{') return null;
    else if (!'.^$*+?}|)'.includes(c)) literal = c;
    if (source[next] === '{' && !braces.test(source.slice(next))) return null;
    if (literal !== null && literal.charCodeAt(0) < 0x80 && !optional(source, next)) {
      run += literal.toLowerCase();
      // `a+`, `a{2,}`: the character is there, but what follows it need not be next to it.
      if (source[next] === '+' || source[next] === '{') end();
    } else end();
    // Past the atom's quantifier, and a lazy `?` after it.
    if (source[next] === '{') next = source.indexOf('}', next) + 1;
    else if (source[next] === '*' || source[next] === '+' || source[next] === '?') next++;
    if (source[next] === '?') next++;
    i = next;
  }
  end();
  return best;
};

/**
 * Lower-case literals one of which every match of the regular expression `source` (flags `i` and `m`, no `u`)
 * contains, whatever its case: a text that holds none of them cannot match, so the expression need not run on it.
 * Null when that cannot be told (an alternative without such a literal, or syntax this reader does not follow).
 * Only ASCII characters are taken: without `u`, `i` folds an ASCII letter to ASCII letters only.
 */
export const requiredLiterals = (source: string): string[] | null => {
  const parts = alternatives(source);
  if (parts === null) return null;
  const found: string[] = [];
  for (const part of parts) {
    const literals = sequenceLiterals(part);
    // Literals shorter than three characters are in nearly every file: looking for them would only cost.
    if (literals === null || literals.some((l) => l.length < 3)) return null;
    found.push(...literals);
  }
  return [...new Set(found)];
};
