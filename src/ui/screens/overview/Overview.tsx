import { Box, Text } from 'ink';
import type { SavedDraft } from '../../../io/state-store.js';
import type { QuestionResult } from '../../../report/check-report.js';
import type { Question, Report } from '../../../report/model.js';
import { visibleText } from '../../../report/visible-text.js';
import { type QuestionState, answerStatus } from '../../../report/answer/answer-status.js';
import { questionSections } from '../../question-sections.js';
import type { ReportDoc } from '../../../report/answer/report-doc.js';
import { sliceCells } from '../../slice-cells.js';
import { textWidth } from '../../text-width.js';

/** What the overview shows: every section with its questions, their state, live count and warnings. */
export interface OverviewProps {
  doc: ReportDoc;
  drafts: Record<number, SavedDraft>;
  /** Highlighted question (heading number). */
  selected: number;
  width: number;
  /** Rows the overview may use. */
  height: number;
  /** False under NO_COLOR. */
  color?: boolean;
}

/** Each state's mark: a question holding only the placeholder is never ✓. Warnings add a badge, not a mark. */
const marks: Record<QuestionState, { mark: string; color: string }> = {
  unanswered: { mark: '○', color: 'yellow' },
  failing: { mark: '✗', color: 'red' },
  passing: { mark: '✓', color: 'green' },
  warned: { mark: '✓', color: 'yellow' },
  uncounted: { mark: '?', color: 'yellow' },
};

type Row = { kind: 'section'; title: string } | { kind: 'question'; question: Question };

const range = ([min, max]: [number, number]): string => (min === max ? `${min}` : `${min}-${max}`);

/** `57/100-200 words`, plus images when the question asks for some. */
const countText = (result: QuestionResult | null): string => {
  if (result === null) return '';
  const words = result.constraint?.words;
  const parts = [
    words ? `${result.words}/${range(words)} words` : `${result.words} word${result.words === 1 ? '' : 's'}`,
  ];
  const images = result.constraint?.images;
  if (images && images[1] > 0) parts.push(`${result.images}/${range(images)} img`);
  return parts.join(' ');
};

const rowsOf = (report: Report, sections: Map<number, string | null>): Row[] => {
  const rows: Row[] = [];
  let section: string | null | undefined;
  for (const question of report.questions) {
    const title = sections.get(question.number) ?? null;
    if (title !== section && title !== null) rows.push({ kind: 'section', title });
    section = title;
    rows.push({ kind: 'question', question });
  }
  return rows;
};

// Pads or cuts to `width` cells as Ink measures them (string-width), so wide prompts keep the counts aligned.
const fit = (text: string, width: number): string => {
  const cells = textWidth(text);
  if (cells <= width) return text + ' '.repeat(width - cells);
  const cut = sliceCells(text, Math.max(0, width - 1));
  return `${cut}…${' '.repeat(Math.max(0, width - 1 - textWidth(cut)))}`;
};

const QuestionRow = ({
  question,
  state,
  count,
  countWidth,
  badge,
  badgeWidth,
  draft,
  selected,
  width,
  color,
}: {
  question: Question;
  state: QuestionState;
  count: string;
  countWidth: number;
  badge: string;
  badgeWidth: number;
  draft: boolean;
  selected: boolean;
  width: number;
  color: boolean;
}) => {
  const { mark, color: markColor } = marks[state];
  const number = `${String(question.number).padStart(2)} `;
  const badgeCells = badgeWidth === 0 ? 0 : badgeWidth + 1;
  const prompt = fit(
    visibleText(question.prompt),
    Math.max(0, width - 4 - number.length - countWidth - 2 - badgeCells),
  );
  return (
    <Text wrap="truncate" bold={selected}>
      {selected ? '›' : ' '} <Text color={color ? markColor : undefined}>{mark}</Text> {number}
      {prompt}
      {'  '}
      <Text color={draft && color ? 'yellow' : undefined}>{count.padStart(countWidth)}</Text>
      {badgeWidth > 0 && <Text color={color ? 'yellow' : undefined}>{` ${badge.padEnd(badgeWidth)}`}</Text>}
    </Text>
  );
};

/** The window of rows to show so that the selected one is visible, roughly centred. */
const visibleWindow = (total: number, selected: number, height: number): [number, number] => {
  const start = Math.max(0, Math.min(selected - Math.floor(height / 2), total - height));
  return [start, Math.min(total, start + height)];
};

/** The overview screen's body: sections and questions, scrolled to the selection. */
export const Overview = ({ doc, drafts, selected, width, height, color = true }: OverviewProps) => {
  const { report } = doc;
  const rows = rowsOf(report, questionSections(doc));
  const selectedRow = rows.findIndex((r) => r.kind === 'question' && r.question.number === selected);
  const [start, end] = visibleWindow(rows.length, selectedRow, height);
  const shown = rows.slice(start, end).map((row) => {
    if (row.kind === 'section') return row;
    const draft = drafts[row.question.number];
    // The same status the question's screen shows: its count bar and this row never disagree.
    const status = answerStatus(doc, row.question, draft?.text);
    return {
      ...row,
      state: status.state,
      draft: draft !== undefined,
      count: `${countText(status.result)}${draft ? ' · draft' : ''}`,
      badge: status.lints.length > 0 ? `⚠${status.lints.length}` : '',
    };
  });
  // One count column and one badge column for the rows on screen, so the numbers line up.
  const countWidth = Math.max(0, ...shown.map((row) => (row.kind === 'question' ? row.count.length : 0)));
  const badgeWidth = Math.max(0, ...shown.map((row) => (row.kind === 'question' ? textWidth(row.badge) : 0)));
  return (
    <Box flexDirection="column">
      {shown.map((row) =>
        row.kind === 'section' ? (
          <Text key={`s${row.title}`} bold wrap="truncate">
            {visibleText(row.title)}
          </Text>
        ) : (
          <QuestionRow
            key={`q${row.question.position}`}
            question={row.question}
            state={row.state}
            count={row.count}
            countWidth={countWidth}
            badge={row.badge}
            badgeWidth={badgeWidth}
            draft={row.draft}
            selected={row.question.number === selected}
            width={width}
            color={color}
          />
        ),
      )}
    </Box>
  );
};
