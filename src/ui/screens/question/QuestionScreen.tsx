import { Box, Text } from 'ink';
import type { Question } from '../../../report/model.js';
import { plural } from '../../../report/plural.js';
import { visibleText } from '../../../report/visible-text.js';
import { fitKeyLine } from '../../fit-key-line.js';
import { footerText } from '../../keys/footer-text.js';
import { questionSections } from '../../question-sections.js';
import type { ReportDoc } from '../../../report/answer/report-doc.js';
import { warningsKeys } from '../warnings/warnings-keys.js';
import { AnswerEditor } from './AnswerEditor.js';
import { CountBar } from './CountBar.js';
import { ImagePicker } from '../image-picker/ImagePicker.js';
import { questionFooter } from './question-footer.js';
import type { QuestionState } from './question-state.js';
import { editorWidth, questionView } from './question-view.js';

/** Props of `QuestionScreen`: the question, its screen's state (its keys change it), and the space. */
export interface QuestionScreenProps {
  /** The report as last read or written: the draft is counted and linted against it. */
  doc: ReportDoc;
  question: Question;
  total: number;
  /** The editor's text and what is shown around it (`openQuestion`). */
  screen: QuestionState;
  width: number;
  height: number;
  /** Whether Ctrl+E has an editor to open (the key line lists it then). */
  hasEditor?: boolean;
  /** False when colours are off (NO_COLOR). */
  color?: boolean;
  /** Whether the screen has the keyboard (false under the help overlay): draws the editor's cursor. */
  isActive?: boolean;
}

/** One question: its prompt, length and example, the answer editor with a live report.py count, and lints. */
export const QuestionScreen = ({
  doc,
  question,
  total,
  screen,
  width,
  height,
  hasEditor = false,
  color = true,
  isActive = true,
}: QuestionScreenProps) => {
  const { showExample, listing, listTop, busy, notice, picker } = screen;
  const view = questionView(doc, question, screen, width, height);
  const { status, layout, listRows, listHeight } = view;
  const { result, lints } = status;
  const hasImages = result?.constraint?.images != null;
  const hasExample = question.example !== null;
  const length = question.recommendedLength;
  const lengthLine = [
    length === null ? 'No recommended length' : `Recommended length: ${length.min}–${length.max} words`,
    hasExample ? (showExample ? 'Ctrl+T hides the example' : 'Ctrl+T shows an example') : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
  const section = questionSections(doc).get(question.number) ?? null;
  const header = `Question ${question.number}/${total}${section === null ? '' : ` · ${section}`}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">
        {visibleText(header)}
      </Text>
      {view.promptRows.map((row, index) => (
        <Text key={`p${index}`}>{row}</Text>
      ))}
      <Text dimColor wrap="truncate">
        {lengthLine}
      </Text>
      {view.exampleRows.map((row, index) => (
        <Text key={`e${index}`} dimColor italic>
          {row}
        </Text>
      ))}
      {listing ? (
        <Box height={layout.editorRows + 2 + layout.lintRows} flexDirection="column">
          <Text bold wrap="truncate">
            {`${plural(lints.length, 'warning')} · ${footerText(warningsKeys)}`}
          </Text>
          {listRows.slice(listTop, listTop + listHeight).map((row, index) => (
            <Text key={`w${index}`} color={color ? 'yellow' : undefined} wrap="truncate">
              {row}
            </Text>
          ))}
        </Box>
      ) : null}
      {picker !== null ? (
        <Box height={layout.editorRows + 2} flexDirection="column">
          <ImagePicker
            choices={picker.choices}
            selected={picker.selected}
            loading={picker.loading}
            height={layout.editorRows + 2}
            counted={hasImages}
          />
        </Box>
      ) : null}
      <Box
        borderStyle="round"
        borderDimColor={busy}
        paddingX={1}
        flexDirection="column"
        display={picker !== null || listing ? 'none' : 'flex'}
      >
        <AnswerEditor
          buffer={screen.buffer}
          width={editorWidth(width).inner}
          height={layout.editorRows}
          isActive={isActive && picker === null && !listing && !busy}
          color={color}
          marker={view.marker}
        />
      </Box>
      <CountBar result={result} color={color} />
      {view.lintLines.map((line, index) => (
        <Text key={`l${index}`} color={color ? 'yellow' : undefined} wrap="truncate">
          {line}
        </Text>
      ))}
      <Text dimColor={notice === null} wrap="truncate">
        {busy
          ? 'Waiting for the editor to close…'
          : visibleText(notice ?? fitKeyLine(questionFooter(hasExample, hasImages, hasEditor), width))}
      </Text>
    </Box>
  );
};
