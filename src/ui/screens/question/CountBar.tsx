import { Text } from 'ink';
import type { QuestionResult } from '../../../report/check-report.js';
import { countBarCells } from '../../count-bar-cells.js';
import { rangeStatus } from '../../range-status.js';

/** Props of `CountBar`. */
export interface CountBarProps {
  /** What report.py counts for the draft (`countAsWritten`), or null when the question has no `Answer:`. */
  result: QuestionResult | null;
  /** Cells between the brackets. */
  cells?: number;
  /** False when colours are off (NO_COLOR): the status is then spelled out. */
  color?: boolean;
}

const statusColor = { under: 'yellow', within: 'green', over: 'red' } as const;
const statusWord = { under: ' · too few', within: '', over: ' · too many' } as const;

const range = ([min, max]: [number, number]): string => (min === max ? `${min}` : `${min}–${max}`);

const Counted = ({
  text,
  count,
  limits,
  color,
}: {
  text: string;
  count: number;
  limits: [number, number];
  color: boolean;
}) => {
  const status = rangeStatus(count, limits);
  return (
    <Text
      color={color ? statusColor[status] : undefined}
    >{`${text} · ${range(limits)}${color ? '' : statusWord[status]}`}</Text>
  );
};

/** The live word (and image) count of an answer against its constraint, as report.py will judge it. */
export const CountBar = ({ result, cells = 15, color = true }: CountBarProps) => {
  if (result === null)
    return <Text dimColor>Not counted: report.py refuses the report or finds no `Answer:` here</Text>;
  const words = result.constraint?.words ?? null;
  const images = result.constraint?.images ?? null;
  const wordText = `${result.words} ${result.words === 1 ? 'word' : 'words'}`;
  const filled = words === null ? 0 : countBarCells(result.words, words, cells);
  return (
    <Text>
      {words === null ? (
        <Text>{wordText}</Text>
      ) : (
        <Counted
          text={`[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}] ${wordText}`}
          count={result.words}
          limits={words}
          color={color}
        />
      )}
      {images === null ? null : (
        <>
          <Text>{'   '}</Text>
          <Counted text={`images ${result.images}`} count={result.images} limits={images} color={color} />
        </>
      )}
    </Text>
  );
};
