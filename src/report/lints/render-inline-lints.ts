import { cut } from './render-messages.js';

// Python-Markdown's raw HTML and e-mail patterns, and what CommonMark accepts as a tag, an autolink or an address.
const pythonHtml = /<(\/?[a-zA-Z][^<>@ ]*(?: [^<>]*)?)>|<([^<> !]+@[^@<> ]+)>/g;
const commonMarkTag =
  /^\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?$/;
const commonMarkAutolink = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/;
const commonMarkEmail =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const sameHtml = (m: RegExpMatchArray): boolean =>
  m[1] !== undefined
    ? commonMarkTag.test(m[1]) || commonMarkAutolink.test(m[1])
    : commonMarkEmail.test(m[2]!);
// The characters a backslash escapes in Python-Markdown; CommonMark escapes all ASCII punctuation.
const pythonEscapes = new Set('\\`*_{}[]()>#+-.!');
const strike = /~~(?=[^\s~])[^\n]*?[^\s~]~~|~~[^\s~]~~/g;

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: the places a message names. */
const quoted = (places: readonly string[]): string => {
  const q = places.map((p) => `"${cut(p, 40)}"`);
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(', ')} and ${q.at(-1)!}`;
};

/**
 * The inline differences on one line of answer text (outside code): `~~strike~~`, a `<word>` Python-Markdown takes
 * for HTML or an e-mail link, a backslash it keeps. One lint per kind, naming every place of that kind on the line.
 * `inCode` says whether a column of the line is in inline code.
 */
export const inlineRenderLints = (
  content: string,
  line: number,
  inCode: (column: number) => boolean,
): { rule: string; message: string }[] => {
  const found: { rule: string; message: string }[] = [];
  if (content.includes('~~')) {
    const struck = [...content.matchAll(strike)].filter((m) => !inCode(m.index)).map((m) => m[0]);
    if (struck.length > 0) {
      const one = struck.length === 1;
      found.push({
        rule: 'render-strike',
        message:
          `On line ${line}, ${quoted(struck)}: GitHub strikes ${one ? 'it' : 'them'} through, the graded page shows ` +
          `${one ? 'it with its' : 'them with their'} tildes. Delete the struck-out text, or the "~~".`,
      });
    }
  }
  if (content.includes('<')) {
    const tags = [...content.matchAll(pythonHtml)].filter(
      // `](<path with spaces>)` is a link target to both.
      (m) => !inCode(m.index) && !sameHtml(m) && content.slice(m.index - 2, m.index) !== '](',
    );
    if (tags.length > 0) {
      const emails = tags.filter((m) => m[2] !== undefined).length;
      const html = tags.length - emails;
      const one = tags.length === 1;
      const what =
        emails === 0
          ? one
            ? 'is an HTML tag'
            : 'are HTML tags'
          : html === 0
            ? one
              ? 'is an e-mail address'
              : 'are e-mail addresses'
            : 'are HTML tags and e-mail addresses';
      const page =
        emails === 0
          ? `hides ${one ? 'it' : 'them'}`
          : html === 0
            ? `shows ${one ? 'it as a mail link' : 'them as mail links'}`
            : 'hides the tags and shows the addresses as mail links';
      found.push({
        rule: 'render-html',
        message:
          `On line ${line}, ${quoted(tags.map((m) => m[0]))} ${what} to Python-Markdown: the graded page ${page}, ` +
          `GitHub shows the text. Put ${one ? 'it' : 'them'} in backticks, or write the "<" as "&lt;".`,
      });
    }
  }
  if (content.includes('\\')) {
    const escapes = [...content.matchAll(/\\[\\]?([!-/:-@[-`{-~])/g)].filter(
      (m) => m[0].length === 2 && !pythonEscapes.has(m[1]!) && !inCode(m.index),
    );
    if (escapes.length > 0) {
      const one = escapes.length === 1;
      found.push({
        rule: 'render-escape',
        message:
          `On line ${line}, ${quoted(escapes.map((m) => m[0]))}: GitHub shows ${quoted(escapes.map((m) => m[1]!))}, ` +
          `the graded page ${quoted(escapes.map((m) => m[0]))}, as Python-Markdown only takes a backslash before ` +
          `\\\`*_{}[]()>#+-.!. Remove the ${one ? 'backslash' : 'backslashes'}.`,
      });
    }
  }
  return found;
};
