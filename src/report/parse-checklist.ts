import type { ChecklistItem, ChecklistWeek } from './model.js';
import { parseHeading } from './parse-heading.js';
import type { Line } from './split-lines.js';

const itemLine = /^([ \t]*)([*-])[ \t]+\[([ xX])\][ \t]?(.*)$/;
const moduleGroup = /\(([^()]*)\)/g;

/** Module tags (`M17`) from parenthesised groups that hold only tags, like `(M2+M6)`. */
export const moduleTags = (text: string): string[] => {
  const tags: string[] = [];
  for (const group of text.matchAll(moduleGroup)) {
    const inner = group[1]!.trim();
    if (/^M\d+(?:\s*[+,/&]\s*M\d+|\s+and\s+M\d+)*$/i.test(inner)) {
      for (const tag of inner.matchAll(/M(\d+)/gi)) tags.push(`M${tag[1]}`);
    }
  }
  return tags;
};

/**
 * Reads the checklist from the lines of its `##` section: `### Week N` groups of `* [ ]` / `- [x]` items,
 * an item continuing on indented lines below it.
 */
export const parseChecklist = (lines: readonly Line[]): ChecklistWeek[] => {
  const weeks: ChecklistWeek[] = [];
  let week: ChecklistWeek | null = null;
  let last: ChecklistItem | null = null;
  let index = 0;
  for (const line of lines) {
    const heading = parseHeading(line.content);
    if (heading) {
      week = { title: heading.title, items: [] };
      weeks.push(week);
      last = null;
      continue;
    }
    const match = itemLine.exec(line.content);
    if (match) {
      if (!week) {
        week = { title: '', items: [] };
        weeks.push(week);
      }
      const markOffset =
        line.start + match[1]!.length + 1 + line.content.slice(match[1]!.length + 1).indexOf('[') + 1;
      last = {
        index: ++index,
        week: week.title,
        text: match[4]!.trim(),
        checked: match[3] !== ' ',
        markOffset,
        bullet: match[2] as '*' | '-',
        modules: [],
        line: line.number,
        span: { start: line.start, end: line.end },
      };
      week.items.push(last);
    } else if (last && /^[ \t]+\S/.test(line.content)) {
      last.text = `${last.text} ${line.content.trim()}`;
      last.span = { start: last.span.start, end: line.end };
    } else {
      last = null;
    }
  }
  for (const w of weeks) for (const item of w.items) item.modules = moduleTags(item.text);
  return weeks.filter((w) => w.items.length > 0);
};
