import type { KeyDelivery } from '../input/create-key-queue.js';
import { createParityRun } from './create-parity-run.js';
import type { Effect } from './effect.js';
import type { EffectContext } from './effect-context.js';
import { openExternalEditor } from './open-external-editor.js';
import { openImagePicker } from './open-image-picker.js';
import { previewQuestion } from './preview-question.js';
import { errorMessage } from './effect-context.js';
import { openResolve } from './open-resolve.js';
import { resolveTake } from './resolve-take.js';
import { tickAll } from './tick-all.js';
import { toggleItem } from './toggle-item.js';
import { undoTickAll } from './undo-tick-all.js';
import { writeAnswer } from './write-answer.js';

/** The wizard's side effects over one context: `run` does what a key handler asks for. */
export const createEffects = (context: EffectContext) => {
  const parity = createParityRun(context);
  const writeAllAndQuit = async (): Promise<void> => {
    for (const number of Object.keys(context.getState().drafts).map(Number)) {
      const outcome = await writeAnswer(context, number, 'quit');
      // A hazard asks first, and its `y` goes on quitting.
      if (outcome === 'hazard') return;
      // With the report gone nothing can be written: the drafts go to the saved state, which the next start
      // restores, rather than keep the student from leaving.
      if (outcome === 'failed' && context.writes.holding() !== null)
        return context.dispatch({ type: 'QUIT', discard: false });
      if (outcome !== 'written') return context.dispatch({ type: 'CANCEL_QUIT' });
    }
    context.dispatch({ type: 'QUIT', discard: false });
  };
  const run = (effect: Effect): KeyDelivery => {
    switch (effect.kind) {
      case 'toggle':
        // Not awaited: Space after Space toggles at once; the queue orders the writes.
        return void toggleItem(context, effect.index);
      case 'tickAll':
        return tickAll(context.writes, context.getState(), context.dispatch);
      case 'undoTickAll':
        return undoTickAll(context.writes, context.getState(), context.dispatch);
      case 'parity':
        return parity();
      case 'writeAllAndQuit':
        return writeAllAndQuit();
      case 'writeAnswer':
        return writeAnswer(context, effect.number, effect.then);
      case 'resolveTake':
        return resolveTake(context, effect.key, effect.label, effect.choice, effect.then);
      case 'openResolve':
        return openResolve(context);
      case 'preview':
        return previewQuestion(context, effect.number);
      case 'externalEditor':
        return openExternalEditor(context, effect.base);
      case 'imagePicker':
        return openImagePicker(context, effect.number);
      case 'gitAdd': {
        const add = context.resolve?.gitAdd;
        if (add === undefined) return;
        context.dispatch({ type: 'NOTIFY', message: `Running ${context.resolve?.command ?? 'git add'}…` });
        return add().then(
          (message) => context.dispatch({ type: 'NOTIFY', message }),
          (error: unknown) => context.dispatch({ type: 'NOTIFY', message: errorMessage(error) }),
        );
      }
    }
  };
  return { run };
};
