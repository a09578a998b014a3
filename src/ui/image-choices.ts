import { reportPyImage } from '../report/report-py-image.js';

/** An image file the picker can offer: its path relative to the report (`figures/a.png`) and when it last changed. */
export interface FigureFile {
  path: string;
  /** Modification time in milliseconds: the picker lists the newest first. */
  modified: number;
}

/** A line of the image picker: a link in the answer to repair, or a file to insert. */
export type ImageChoice =
  | { kind: 'fix'; start: number; end: number; markdown: string; from: string; path: string }
  | { kind: 'insert'; path: string; usedIn: number[] };

/** What the picker needs to know about the report: each question's answer, the open one as its draft. */
export interface ImageChoiceInput {
  figures: FigureFile[];
  answers: { question: number; text: string }[];
  /** The open question, whose broken links are offered for repair. */
  question: number;
  /** Whether a path next to the report names a file (the real file system's answer, case-insensitive on macOS). */
  exists?: (path: string) => boolean;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The local file a Markdown image points at, as `answerImages` reads it; null for a web address. */
const linkedPath = (inner: string): string | null => {
  const trimmed = inner.trim();
  const target = trimmed.startsWith('<')
    ? trimmed.slice(1, trimmed.indexOf('>') === -1 ? undefined : trimmed.indexOf('>'))
    : (trimmed.split(/\s+/)[0] ?? '');
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) return null;
  return decode(target.replace(/[?#].*$/, '')).replace(/^(?:\.\/)+/, '');
};

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1).toLowerCase();

/**
 * The picker's lines: first the open answer's links that miss their file only by letter case or folder (with the
 * file they mean), then every figure, newest first, with the questions that already show it.
 */
export const imageChoices = ({ figures, answers, question, exists }: ImageChoiceInput): ImageChoice[] => {
  const sorted = [...figures].sort((a, b) => b.modified - a.modified || a.path.localeCompare(b.path));
  const known = new Set(sorted.map((f) => f.path));
  const usedIn = new Map<string, number[]>();
  const fixes: ImageChoice[] = [];
  for (const answer of answers) {
    for (const m of answer.text.matchAll(reportPyImage)) {
      const path = linkedPath(m[1]!);
      if (path === null) continue;
      const list = usedIn.get(path) ?? [];
      if (!list.includes(answer.question)) usedIn.set(path, [...list, answer.question]);
      if (answer.question !== question || known.has(path)) continue;
      // Same letters in another case (broken on GitHub even where the disk does not care), else the same name in
      // another folder when the link finds nothing.
      const right =
        sorted.find((f) => f.path.toLowerCase() === path.toLowerCase()) ??
        (exists?.(path) === true ? undefined : sorted.find((f) => baseName(f.path) === baseName(path)));
      if (right !== undefined) {
        const start = m.index;
        fixes.push({
          kind: 'fix',
          start,
          end: start + m[0].length,
          markdown: m[0],
          from: path,
          path: right.path,
        });
      }
    }
  }
  return [
    ...fixes,
    ...sorted.map((f): ImageChoice => ({ kind: 'insert', path: f.path, usedIn: usedIn.get(f.path) ?? [] })),
  ];
};
