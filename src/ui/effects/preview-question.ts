import { type EffectContext, errorMessage } from './effect-context.js';
import { writeAnswer } from './write-answer.js';

/** Writes the open answer (the page is made from the file), then makes the graded page and opens it there; resolves once written. */
export const previewQuestion = async (context: EffectContext, number: number): Promise<void> => {
  const { preview, dispatch } = context;
  if (preview === undefined) return;
  if ((await writeAnswer(context, number)) !== 'written') return;
  dispatch({ type: 'NOTIFY', message: 'Making the graded page with your python (report.py html)…' });
  // Not awaited: python may take a while, and the keys typed meanwhile go on to the editor.
  void preview(number)
    .catch((error: unknown) => `The preview failed: ${errorMessage(error)}`)
    .then((line) => dispatch({ type: 'NOTIFY', message: line }));
};
