import { Box, Text, useInput } from 'ink';
import { useCallback, useMemo, useRef, useState } from 'react';
import { countAsWritten } from '../../report/count-as-written.js';
import type { Question, Report } from '../../report/model.js';
import { visibleText } from '../../report/visible-text.js';
import { imageLink } from '../image-link.js';
import { questionLayout } from '../question-layout.js';
import { sliceCells } from '../slice-cells.js';
import { wrapLines } from '../wrap-lines.js';
import { AnswerEditor, type AnswerEditorHandle } from './AnswerEditor.js';
import { CountBar } from './CountBar.js';
import { ImagePicker } from './ImagePicker.js';

/** A problem the lints found in this question's answer. */
export interface QuestionLint {
  line: number | null;
  message: string;
}

/** Props of `QuestionScreen`: the shell owns the file, navigation and saving. */
export interface QuestionScreenProps {
  report: Report;
  question: Question;
  total: number;
  initialText: string;
  width: number;
  height: number;
  /** Image paths relative to the report, e.g. `figures/overview.png`. */
  figures: string[];
  lints?: QuestionLint[];
  onChange: (text: string) => void;
  onSave: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onExit: () => void;
  /** Edits the text in $VISUAL/$EDITOR; resolves with the new text, or null to keep the old one. */
  onOpenEditor?: (text: string) => Promise<string | null>;
  /** False when colours are off (NO_COLOR). */
  color?: boolean;
}

const wrap = (text: string, width: number): string[] =>
  wrapLines(visibleText(text).split('\n'), width).map((row) => row.text.trimEnd());

// The first `rows` rows, the last one ending in `…` when rows were left out.
const clip = (rows: string[], count: number, width: number): string[] => {
  if (rows.length <= count) return rows;
  const shown = rows.slice(0, count);
  const last = shown.length - 1;
  if (last >= 0) shown[last] = `${sliceCells(shown[last] ?? '', width - 1)}…`;
  return shown;
};

const lintText = ({ line, message }: QuestionLint): string =>
  visibleText(line === null ? `⚠ ${message}` : `⚠ line ${line}: ${message}`);

// Every key of this screen in at most 80 columns: the shell shows no footer of its own here.
const footerKeys = (hasExample: boolean, hasImages: boolean, hasEditor: boolean): string =>
  [
    'Tab ⇧Tab move',
    '^S save',
    'Esc back',
    hasExample ? '^T example' : null,
    hasImages ? '^G image' : null,
    hasEditor ? '^E editor' : null,
    '^Z undo',
  ]
    .filter((part) => part !== null)
    .join(' · ');

/** One question: its prompt, length and example, the answer editor with a live report.py count, and lints. */
export const QuestionScreen = ({
  report,
  question,
  total,
  initialText,
  width,
  height,
  figures,
  lints = [],
  onChange,
  onSave,
  onNext,
  onPrevious,
  onExit,
  onOpenEditor,
  color = true,
}: QuestionScreenProps) => {
  const [draft, setDraft] = useState(initialText);
  const [showExample, setShowExample] = useState(false);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editor = useRef<AnswerEditorHandle>(null);

  const result = useMemo(
    () => countAsWritten(report, question.number, draft),
    [report, question.number, draft],
  );
  const hasImages = result?.constraint?.images != null;
  const hasExample = question.example !== null;

  const handleChange = useCallback(
    (text: string) => {
      setDraft(text);
      onChange(text);
    },
    [onChange],
  );

  const openEditor = async (open: (text: string) => Promise<string | null>): Promise<void> => {
    setBusy(true);
    try {
      const edited = await open(draft);
      if (edited !== null) editor.current?.setText(edited);
      setNotice(edited === null ? 'The editor exited with an error: the answer is unchanged.' : null);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  useInput(
    (input, key) => {
      setNotice(null);
      if (key.tab) (key.shift ? onPrevious : onNext)();
      else if (key.pageDown) onNext();
      else if (key.pageUp) onPrevious();
      else if (key.escape) onExit();
      else if (key.ctrl && input === 's') onSave();
      else if (key.ctrl && input === 't') setShowExample((shown) => !shown);
      else if (key.ctrl && input === 'g') {
        if (hasImages) setPicking(true);
        else setNotice('report.py counts no images for this question.');
      } else if (key.ctrl && input === 'e' && onOpenEditor) void openEditor(onOpenEditor);
    },
    { isActive: !picking && !busy },
  );

  const inner = Math.max(1, width - 4);
  const promptWanted = wrap(question.prompt, width);
  const exampleWanted = showExample && question.example !== null ? wrap(question.example, width) : [];
  const lintWanted = lints.length;
  const layout = questionLayout(height, {
    promptRows: promptWanted.length,
    exampleRows: exampleWanted.length,
    lintRows: lintWanted,
  });
  const lintLines =
    lints.length <= layout.lintRows
      ? lints.map(lintText)
      : [
          ...lints.slice(0, layout.lintRows - 1).map(lintText),
          `… and ${lints.length - layout.lintRows + 1} more`,
        ];
  const length = question.recommendedLength;
  const lengthLine = [
    length === null ? 'No recommended length' : `Recommended length: ${length.min}–${length.max} words`,
    hasExample ? (showExample ? 'Ctrl+T hides the example' : 'Ctrl+T shows an example') : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
  const header = `Question ${question.number}/${total}${question.section === null ? '' : ` · ${question.section}`}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">
        {visibleText(header)}
      </Text>
      {clip(promptWanted, layout.promptRows, width).map((row, index) => (
        <Text key={`p${index}`}>{row}</Text>
      ))}
      <Text dimColor wrap="truncate">
        {lengthLine}
      </Text>
      {clip(exampleWanted, layout.exampleRows, width).map((row, index) => (
        <Text key={`e${index}`} dimColor italic>
          {row}
        </Text>
      ))}
      {picking ? (
        <Box height={layout.editorRows + 2} flexDirection="column">
          <ImagePicker
            figures={figures}
            height={layout.editorRows + 2}
            onSelect={(path) => {
              editor.current?.insert(imageLink(path));
              setPicking(false);
            }}
            onCancel={() => setPicking(false)}
          />
        </Box>
      ) : null}
      <Box
        borderStyle="round"
        borderDimColor={busy}
        paddingX={1}
        flexDirection="column"
        display={picking ? 'none' : 'flex'}
      >
        <AnswerEditor
          ref={editor}
          initialText={initialText}
          width={inner}
          height={layout.editorRows}
          isActive={!picking && !busy}
          color={color}
          onChange={handleChange}
        />
      </Box>
      <CountBar result={result} color={color} />
      {lintLines.map((line, index) => (
        <Text key={`l${index}`} color={color ? 'yellow' : undefined} wrap="truncate">
          {line}
        </Text>
      ))}
      <Text dimColor={notice === null} wrap="truncate">
        {busy
          ? 'Waiting for the editor to close…'
          : visibleText(notice ?? footerKeys(hasExample, hasImages, onOpenEditor !== undefined))}
      </Text>
    </Box>
  );
};
