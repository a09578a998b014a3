import type { ReportStructure, Span } from '../model.js';
import type { ReportPySlice } from '../report-py-slices.js';
import { reportPyImage } from '../report-py-image.js';
import { countedByReportPy } from './counted-by-report-py.js';

/** A Markdown image that report.py counts, inside a question's answer. */
export interface AnswerImage {
  question: number;
  start: number;
  end: number;
  markdown: string;
  /** The link target without `<…>` and title. */
  target: string;
  /** Whether it points elsewhere than a file next to the report (`https:`, `data:`, `//host`). */
  remote: boolean;
  /** The file path, URL-decoded, without `./`, query or fragment (meaningful when not remote). */
  path: string;
  /** Whether report.py counts it: false past the point where it stops counting the answer (`##`, `###`). */
  counted: boolean;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const readTarget = (inner: string): string => {
  const trimmed = inner.trim();
  if (trimmed.startsWith('<'))
    return trimmed.slice(1, trimmed.indexOf('>') === -1 ? undefined : trimmed.indexOf('>'));
  return trimmed.split(/\s+/)[0] ?? '';
};

/** Every image in the answers in report.py's pattern, with its link target read the way Markdown reads it. */
export const answerImages = ({
  report,
  spans,
  slices,
}: {
  report: ReportStructure;
  spans: (Span | null)[];
  slices: ReportPySlice[];
}): AnswerImage[] =>
  report.questions.flatMap((question, i) => {
    const span = spans[i];
    if (!span) return [];
    const region = report.text.slice(span.start, span.end);
    return [...region.matchAll(reportPyImage)].map((m): AnswerImage => {
      const target = readTarget(m[1]!);
      const start = span.start + m.index;
      const end = start + m[0].length;
      return {
        question: question.number,
        start,
        end,
        counted: countedByReportPy(slices, start, end),
        markdown: m[0],
        target,
        remote: /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target),
        path: decode(target.replace(/[?#].*$/, '')).replace(/^(?:\.\/)+/, ''),
      };
    });
  });
