import { questionText } from '../screens/question/question-state.js';
import { type EffectContext, errorMessage } from './effect-context.js';

/**
 * Hands the open answer to $VISUAL/$EDITOR and puts back what it saved (undoable, a draft begun against `base`);
 * the screen ignores keys meanwhile and says how the editor ended. Resolves once the editor has closed.
 */
export const openExternalEditor = async (
  { openEditor, getState, dispatch }: EffectContext,
  base: string,
): Promise<void> => {
  const screen = getState().questionScreen;
  if (openEditor === undefined || screen === null) return;
  const notify = (notice: string | null): void =>
    dispatch({ type: 'QUESTION', action: { type: 'NOTIFY', notice } });
  dispatch({ type: 'QUESTION', action: { type: 'BUSY', busy: true } });
  try {
    const edited = await openEditor(questionText(screen));
    if (edited !== null)
      dispatch({
        type: 'EDIT_ANSWER',
        edits: [{ type: 'setText', text: typeof edited === 'string' ? edited : edited.text }],
        base,
      });
    notify(
      edited === null
        ? 'The editor exited with an error: the answer is unchanged.'
        : typeof edited === 'string'
          ? null
          : `The editor exited with code ${edited.exitCode}: kept what it saved as a draft.`,
    );
  } catch (error) {
    notify(errorMessage(error));
  } finally {
    dispatch({ type: 'QUESTION', action: { type: 'BUSY', busy: false } });
  }
};
