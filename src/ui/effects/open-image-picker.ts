import { type FigureFile, imageChoices } from '../image-choices.js';
import { questionText } from '../screens/question/question-state.js';
import type { EffectContext } from './effect-context.js';

/**
 * Reads figures/ and the report's folder anew for the image picker question `number` has open, and lists them with
 * the links to repair; resolves once listed, so the keys typed after Ctrl+G wait for the list.
 */
export const openImagePicker = async (
  { scanFigures, imageExists, writes, getState, dispatch }: EffectContext,
  number: number,
): Promise<void> => {
  let figures: FigureFile[] = [];
  try {
    figures = (await scanFigures?.()) ?? [];
  } catch {
    // An unreadable folder lists nothing; the picker says where to save images.
  }
  const screen = getState().questionScreen;
  if (screen === null || screen.number !== number) return;
  const answers = [
    ...writes
      .current()
      .report.questions.filter((q) => q.number !== number)
      .map((q) => ({ question: q.number, text: q.answer })),
    { question: number, text: questionText(screen) },
  ];
  const choices = imageChoices({
    figures,
    answers,
    question: number,
    ...(imageExists ? { exists: imageExists } : {}),
  });
  dispatch({ type: 'QUESTION', action: { type: 'PICKER_LOADED', choices } });
};
