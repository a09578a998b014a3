/** One conflict written with markers in a file: where it sits and each side's text. */
export interface MarkerConflict {
  /** Offsets of the block, from its `<<<<<<<` line to the end of its `>>>>>>>` line (line break included). */
  start: number;
  end: number;
  /** What follows `<<<<<<<` (`ours (Question 31)`, `HEAD`). */
  label: string;
  /** The question it sits in: named in the label, else the last question heading above it; null before any. */
  question: number | null;
  ours: string;
  /** The `|||||||` part (diff3 style), or null. */
  base: string | null;
  theirs: string;
}

const questionHeading = /^ {0,3}#{1,6}\s*Question\s*(\d+)/i;

/**
 * Every conflict marked in a text (`<<<<<<<`, optional `|||||||`, `=======`, `>>>>>>>` at line starts), in order,
 * or why they cannot be read one by one: a marker inside another conflict, or a block left open or never opened.
 */
export const markerConflicts = (
  text: string,
): { ok: true; conflicts: MarkerConflict[] } | { ok: false; reason: string } => {
  const conflicts: MarkerConflict[] = [];
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  let question: number | null = null;
  let open: {
    start: number;
    label: string;
    line: number;
    part: 'ours' | 'base' | 'theirs';
    parts: Record<string, string>;
    hasBase: boolean;
  } | null = null;
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const content = line.replace(/\r?\n$|\r$/, '');
    const kind = /^(<{7}|\|{7}|={7}|>{7})(?![<|=>])(?:[ \t](.*))?$/.exec(content);
    const number = index + 1;
    // Outside a conflict, seven `=` are a heading's underline and seven `|` a table row: only text.
    const plain = kind === null || (open === null && (kind[1]![0] === '=' || kind[1]![0] === '|'));
    if (plain || (kind[1] === '=======' && kind[2] !== undefined && kind[2].trim() !== '')) {
      if (open) open.parts[open.part] += line;
      else {
        const heading = questionHeading.exec(content);
        if (heading) question = Number(heading[1]);
      }
      at += line.length;
      continue;
    }
    const marker = kind[1]![0];
    if (marker === '<') {
      if (open)
        return {
          ok: false,
          reason: `line ${number} opens a conflict inside the one opened on line ${open.line}`,
        };
      open = {
        start: at,
        label: (kind[2] ?? '').trim(),
        line: number,
        part: 'ours',
        parts: { ours: '', base: '', theirs: '' },
        hasBase: false,
      };
    } else if (open === null) {
      return { ok: false, reason: `line ${number} ("${content.slice(0, 7)}") has no "<<<<<<<" above it` };
    } else if (marker === '|') {
      if (open.part !== 'ours') return { ok: false, reason: `line ${number} has a "|||||||" out of place` };
      open.part = 'base';
      open.hasBase = true;
    } else if (marker === '=') {
      if (open.part === 'theirs')
        return { ok: false, reason: `line ${number} has a second "=======" in one conflict` };
      open.part = 'theirs';
    } else {
      if (open.part !== 'theirs')
        return { ok: false, reason: `line ${number} closes a conflict that has no "=======" yet` };
      const named = /\(Question (\d+)\)/.exec(open.label);
      conflicts.push({
        start: open.start,
        end: at + line.length,
        label: open.label,
        question: named ? Number(named[1]) : question,
        ours: open.parts.ours!,
        base: open.hasBase ? open.parts.base! : null,
        theirs: open.parts.theirs!,
      });
      open = null;
    }
    at += line.length;
  }
  if (open)
    return { ok: false, reason: `the conflict opened on line ${open.line} is never closed (no ">>>>>>>")` };
  return { ok: true, conflicts };
};
