import type { KeyPress } from './key-press.js';

/** A stateful splitter of terminal input into keys: chunks may end anywhere, even inside a sequence. */
export interface KeyParser {
  /** The keys completed by `chunk`; an unfinished escape sequence or paste waits for the next chunk. */
  push(chunk: string): KeyPress[];
  /** Ends an escape sequence left waiting (the terminal has nothing more to send): a lone ESC is the Esc key. */
  flush(): KeyPress[];
  /** Whether an escape sequence is waiting for more input (a paste under way does not count). */
  pending(): boolean;
  /**
   * What is waiting: a lone ESC (the Esc key unless more comes at once), the start of a sequence (more surely
   * comes: wait longer before dropping it), or nothing.
   */
  waiting(): 'escape' | 'sequence' | null;
}

const esc = '\u001B';
const pasteStart = `${esc}[200~`;
const pasteEnd = `${esc}[201~`;

const make = (name: string, sequence: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  name,
  text: '',
  ctrl: false,
  meta: false,
  shift: false,
  sequence,
  ...patch,
});

// `ESC [ code ~` keys of xterm, rxvt and the Linux console.
const tildeKeys: Record<number, string> = {
  1: 'home',
  2: 'insert',
  3: 'delete',
  4: 'end',
  5: 'pageup',
  6: 'pagedown',
  7: 'home',
  8: 'end',
  11: 'f1',
  12: 'f2',
  13: 'f3',
  14: 'f4',
  15: 'f5',
  17: 'f6',
  18: 'f7',
  19: 'f8',
  20: 'f9',
  21: 'f10',
  23: 'f11',
  24: 'f12',
};

// Final letters of CSI and SS3 keys.
const letterKeys: Record<string, string> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  E: 'clear',
  H: 'home',
  F: 'end',
  P: 'f1',
  Q: 'f2',
  R: 'f3',
  S: 'f4',
  Z: 'tab',
};

// The xterm modifier parameter: 1 + shift 1, alt 2, ctrl 4, meta 8.
const modifiers = (parameter: number | undefined): Pick<KeyPress, 'ctrl' | 'meta' | 'shift'> => {
  const bits = Math.max(0, (parameter ?? 1) - 1);
  return { shift: (bits & 1) !== 0, meta: (bits & 2) !== 0 || (bits & 8) !== 0, ctrl: (bits & 4) !== 0 };
};

/** The key a single character stands for (no escape). */
const charKey = (char: string): KeyPress => {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\r' || char === '\n') return make('return', char);
  if (char === '\t') return make('tab', char);
  if (char === '\u007F' || char === '\b') return make('backspace', char);
  if (char === esc) return make('escape', char);
  if (char === ' ') return make('space', char, { text: ' ' });
  if (code === 0) return make('space', char, { ctrl: true });
  if (code < 0x1b) return make(String.fromCharCode(code + 0x60), char, { ctrl: true });
  if (code < 0x20) return make(String.fromCharCode(code + 0x40), char, { ctrl: true });
  // C1 controls are terminal noise, never text.
  if (code >= 0x80 && code <= 0x9f) return make('unknown', char);
  return make(char, char, { text: char, shift: char !== char.toLowerCase() });
};

/** A CSI sequence's key: `params` between `ESC [` and the final byte. */
const csiKey = (params: string, final: string, sequence: string): KeyPress => {
  if (params.startsWith('[')) {
    // Linux console F1-F5: ESC [ [ A … ESC [ [ E.
    const index = 'ABCDE'.indexOf(final);
    return index === -1 || params !== '[' ? make('unknown', sequence) : make(`f${index + 1}`, sequence);
  }
  if (!/^[\d;]*$/.test(params)) return make('unknown', sequence);
  const numbers = params === '' ? [] : params.split(';').map((p) => (p === '' ? undefined : Number(p)));
  if (final === '~') {
    const [code, modifier, other] = numbers;
    // xterm's modifyOtherKeys: ESC [ 27 ; modifier ; code ~.
    if (code === 27 && other !== undefined)
      return withModifiers(charKey(String.fromCodePoint(other)), modifier, sequence);
    const name = code === undefined ? undefined : tildeKeys[code];
    return name === undefined ? make('unknown', sequence) : make(name, sequence, modifiers(modifier));
  }
  if (final === 'u') {
    // CSI u (fixterms, kitty): ESC [ code ; modifier u.
    const [code, modifier] = numbers;
    return code === undefined
      ? make('unknown', sequence)
      : withModifiers(charKey(String.fromCodePoint(code)), modifier, sequence);
  }
  const name = letterKeys[final];
  if (name === undefined) return make('unknown', sequence);
  if (final === 'Z') return make('tab', sequence, { shift: true });
  return make(name, sequence, modifiers(numbers[1]));
};

// A character key with xterm modifiers added: it types nothing once Ctrl or Alt is held.
const withModifiers = (key: KeyPress, modifier: number | undefined, sequence: string): KeyPress => {
  const extra = modifiers(modifier);
  const ctrl = key.ctrl || extra.ctrl;
  const meta = key.meta || extra.meta;
  const name = ctrl && key.name.length === 1 ? key.name.toLowerCase() : key.name;
  return {
    ...key,
    name,
    ctrl,
    meta,
    shift: key.shift || extra.shift,
    text: ctrl || meta ? '' : key.text,
    sequence,
  };
};

type Step = { key: KeyPress | null; next: number } | 'more';

/** Reads one escape sequence at `at` (which holds ESC); `more` when the input ends inside it. */
const escapeStep = (input: string, at: number): Step => {
  const second = input[at + 1];
  if (second === undefined) return 'more';
  if (second === '[') {
    let i = at + 2;
    // Linux console function keys put a second `[` first.
    if (input[i] === '[') i++;
    while (i < input.length && /[\x30-\x3f\x20-\x2f]/.test(input[i]!)) i++;
    const final = input[i];
    if (final === undefined) return 'more';
    const sequence = input.slice(at, i + 1);
    if (!/[\x40-\x7e]/.test(final)) return { key: make('unknown', input.slice(at, at + 2)), next: at + 2 };
    return { key: csiKey(input.slice(at + 2, i), final, sequence), next: i + 1 };
  }
  if (second === 'O') {
    let i = at + 2;
    while (i < input.length && /[\d;]/.test(input[i]!)) i++;
    const final = input[i];
    if (final === undefined) return 'more';
    const sequence = input.slice(at, i + 1);
    const name = letterKeys[final];
    const modifier = input
      .slice(at + 2, i)
      .split(';')
      .at(-1);
    if (final === 'M') return { key: make('return', sequence), next: i + 1 };
    return {
      key:
        name === undefined || final === 'Z'
          ? make('unknown', sequence)
          : make(name, sequence, modifiers(Number(modifier) || 1)),
      next: i + 1,
    };
  }
  if (second === esc) {
    // ESC ESC [ …: Alt with an escape sequence (Alt+Up); before anything else the first ESC was the Esc key.
    if (at + 2 >= input.length) return 'more';
    if (input[at + 2] !== '[' && input[at + 2] !== 'O') return { key: make('escape', esc), next: at + 1 };
    const inner = escapeStep(input, at + 1);
    if (inner === 'more') return 'more';
    return {
      key: inner.key && { ...inner.key, meta: true, text: '', sequence: input.slice(at, inner.next) },
      next: inner.next,
    };
  }
  const code = input.codePointAt(at + 1)!;
  const char = String.fromCodePoint(code);
  const key = charKey(char);
  return {
    key: { ...key, meta: true, text: '', sequence: esc + char },
    next: at + 1 + char.length,
  };
};

/** A key parser for one input stream: escape sequences with modifiers, UTF-8 text, bracketed paste as one key. */
export const createKeyParser = (): KeyParser => {
  let buffer = '';
  let paste: string | null = null;
  // Set when an unfinished CSI or SS3 sequence was dropped: the rest of it, if it comes late, is dropped too.
  let dropTail = false;

  const parse = (final: boolean): KeyPress[] => {
    const keys: KeyPress[] = [];
    let at = 0;
    while (at < buffer.length) {
      if (paste !== null) {
        const end = buffer.indexOf(pasteEnd, at);
        if (end === -1) {
          // Keep what could be the start of the end marker; the rest is pasted text.
          let keep = 0;
          for (let n = Math.min(pasteEnd.length - 1, buffer.length - at); n > 0; n--)
            if (pasteEnd.startsWith(buffer.slice(buffer.length - n))) {
              keep = n;
              break;
            }
          paste += buffer.slice(at, buffer.length - keep);
          at = buffer.length - keep;
          break;
        }
        paste += buffer.slice(at, end);
        keys.push(make('paste', pasteStart + paste + pasteEnd, { text: paste }));
        paste = null;
        at = end + pasteEnd.length;
        continue;
      }
      if (buffer[at] !== esc) {
        const char = String.fromCodePoint(buffer.codePointAt(at)!);
        keys.push(charKey(char));
        at += char.length;
        continue;
      }
      if (buffer.startsWith(pasteStart, at)) {
        paste = '';
        at += pasteStart.length;
        continue;
      }
      const step = escapeStep(buffer, at);
      if (step === 'more') {
        if (!final) break;
        // Nothing more is coming: a lone ESC is the Esc key; an unfinished sequence is dropped.
        const rest = buffer.slice(at);
        if (rest === esc) keys.push(make('escape', esc));
        else if (rest === esc + esc) keys.push(make('escape', rest, { meta: true }));
        else if (rest.length === 2) keys.push({ ...charKey(rest[1]!), meta: true, text: '', sequence: rest });
        else {
          keys.push(make('unknown', rest));
          dropTail = rest[1] === '[' || rest[1] === 'O';
        }
        at = buffer.length;
        break;
      }
      // A stray end-of-paste marker types nothing.
      if (step.key !== null && step.key.sequence !== pasteEnd) keys.push(step.key);
      at = step.next;
    }
    buffer = buffer.slice(at);
    return keys;
  };

  return {
    push: (chunk) => {
      // A terminal sends Alt+key in one write: an ESC that ended the previous chunk, followed by anything but the
      // rest of a sequence, was the Esc key.
      const lone = paste === null && buffer === esc && chunk !== '' && !'[O\u001B'.includes(chunk[0]!);
      buffer = lone ? chunk : buffer + chunk;
      if (dropTail && buffer !== '') {
        // Parameter and intermediate bytes, then the final byte, of the sequence dropped on flush.
        const tail = /^[\x20-\x3f]*[\x40-\x7e]?/.exec(buffer)![0];
        buffer = buffer.slice(tail.length);
        dropTail = tail.length > 0 && !/[\x40-\x7e]$/.test(tail) && buffer === '';
      }
      const keys = parse(false);
      return lone ? [make('escape', esc), ...keys] : keys;
    },
    flush: () => (paste === null ? parse(true) : []),
    pending: () => paste === null && buffer.length > 0,
    waiting: () => {
      if (paste !== null || buffer === '') return null;
      return buffer === esc || buffer === esc + esc ? 'escape' : 'sequence';
    },
  };
};
