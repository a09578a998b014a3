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
const strike = /~~(?=[^\s~])[^\n]*?[^\s~]~~|~~[^\s~]~~/;

/**
 * The inline differences on one line of answer text (outside code): `~~strike~~`, a `<word>` Python-Markdown takes
 * for HTML or an e-mail link, a backslash it keeps. `inCode` says whether a column of the line is in inline code.
 */
export const inlineRenderLints = (
  content: string,
  line: number,
  inCode: (column: number) => boolean,
): { rule: string; message: string }[] => {
  const found: { rule: string; message: string }[] = [];
  if (content.includes('~~')) {
    const m = strike.exec(content);
    if (m && !inCode(m.index)) {
      found.push({
        rule: 'render-strike',
        message:
          `On line ${line}, "${cut(m[0], 40)}": GitHub strikes it through, the graded page shows it with ` +
          'its tildes. Delete the struck-out text, or the "~~".',
      });
    }
  }
  if (content.includes('<')) {
    const tag = [...content.matchAll(pythonHtml)].find(
      // `](<path with spaces>)` is a link target to both.
      (m) => !inCode(m.index) && !sameHtml(m) && content.slice(m.index - 2, m.index) !== '](',
    );
    if (tag) {
      const email = tag[2] !== undefined;
      found.push({
        rule: 'render-html',
        message:
          `On line ${line}, "${cut(tag[0], 40)}" is ${email ? 'an e-mail address' : 'an HTML tag'} to ` +
          `Python-Markdown: the graded page ${email ? 'shows it as a mail link' : 'hides it'}, GitHub shows the text. ` +
          'Put it in backticks, or write the "<" as "&lt;".',
      });
    }
  }
  if (content.includes('\\')) {
    const escape = [...content.matchAll(/\\[\\]?([!-/:-@[-`{-~])/g)].find(
      (m) => m[0].length === 2 && !pythonEscapes.has(m[1]!) && !inCode(m.index),
    );
    if (escape) {
      found.push({
        rule: 'render-escape',
        message:
          `On line ${line}, "${escape[0]}": GitHub shows "${escape[1]}", the graded page "${escape[0]}", as ` +
          `Python-Markdown only takes a backslash before \\\`*_{}[]()>#+-.!. Remove the backslash.`,
      });
    }
  }
  return found;
};
