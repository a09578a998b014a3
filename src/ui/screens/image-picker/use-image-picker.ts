import type { RefObject } from 'react';
import type { AnswerEditorHandle } from '../question/AnswerEditor.js';
import { type FigureFile, type ImageChoice, imageChoices } from '../../image-choices.js';
import { imageBlock, imageLink, relinkImage, wordEnd } from '../../image-link.js';
import type { KeyPress } from '../../input/key-press.js';
import { findBinding } from '../../keys/find-binding.js';
import { pickerKeys } from './picker-keys.js';
import { useSyncedState } from '../../use-synced-state.js';

/** What the picker reads: the folders (each time it opens), the other answers, and the open answer's editor. */
export interface ImagePickerOptions {
  scan: () => Promise<FigureFile[]>;
  editor: RefObject<AnswerEditorHandle | null>;
  /** The question open in the editor. */
  question: number;
  /** Every other question's answer, for the "used in" marks. */
  otherAnswers: () => { question: number; text: string }[];
  exists?: (path: string) => boolean;
}

/** The image picker's state and keys, for the question screen: `open` reads the folders anew every time. */
export const useImagePicker = ({ scan, editor, question, otherAnswers, exists }: ImagePickerOptions) => {
  const [picking, getPicking, setPicking] = useSyncedState(false);
  const [loading, getLoading, setLoading] = useSyncedState(false);
  const [choices, getChoices, setChoices] = useSyncedState<ImageChoice[]>([]);
  const [selected, getSelected, setSelected] = useSyncedState(0);

  const editorText = (): string => editor.current?.state().lines.join('\n') ?? '';

  /** Opens the picker; resolves once the folders are read, so the keys typed after Ctrl+G wait for the list. */
  const open = async (): Promise<void> => {
    setSelected(0);
    setChoices([]);
    setLoading(true);
    setPicking(true);
    let figures: FigureFile[] = [];
    try {
      figures = await scan();
    } catch {
      // An unreadable folder lists nothing; the picker says where to save images.
    }
    const answers = [...otherAnswers(), { question, text: editorText() }];
    setChoices(imageChoices({ figures, answers, question, ...(exists ? { exists } : {}) }));
    setLoading(false);
  };

  /** Puts the link on its own line, a blank line around it, after the word the cursor is in. */
  const insert = (path: string): void => {
    const handle = editor.current;
    if (!handle) return;
    const start = handle.state();
    const line = start.lines[start.cursor.row] ?? '';
    const end = wordEnd(line, start.cursor.col);
    // Moves by whole characters (a cluster is one step), so it stops at the word's end exactly.
    for (let step = 0; handle.state().cursor.col < end && step < line.length; step++) {
      handle.apply({ type: 'move', dir: 'right' });
    }
    // The spaces after the word would start the next line with a space: they go, as the block breaks the line.
    const spaces = /^[ \t]*/.exec(line.slice(end))?.[0].length ?? 0;
    for (let step = 0; step < spaces; step++) handle.apply({ type: 'delete' });
    const { lines, cursor } = handle.state();
    const row = lines[cursor.row] ?? '';
    const before = [...lines.slice(0, cursor.row), row.slice(0, cursor.col)].join('\n');
    const after = [row.slice(cursor.col), ...lines.slice(cursor.row + 1)].join('\n');
    handle.insert(imageBlock(before, after, imageLink(path)));
  };

  const choose = (choice: ImageChoice): void => {
    if (choice.kind === 'insert') return insert(choice.path);
    const text = editorText();
    // The link was found in this text when the picker opened, and the text cannot change while it is open.
    if (text.slice(choice.start, choice.end) !== choice.markdown) return;
    editor.current?.setText(
      `${text.slice(0, choice.start)}${relinkImage(choice.markdown, choice.path)}${text.slice(choice.end)}`,
    );
  };

  const key = (pressed: KeyPress): void => {
    const action = findBinding(pickerKeys, pressed)?.action;
    const last = getChoices().length - 1;
    if (action === 'cancel') setPicking(false);
    else if (getLoading()) return;
    else if (action === 'up') setSelected(Math.max(0, getSelected() - 1));
    else if (action === 'down') setSelected(Math.max(0, Math.min(last, getSelected() + 1)));
    else if (action === 'insert') {
      const choice = getChoices()[getSelected()];
      if (choice === undefined) return;
      setPicking(false);
      choose(choice);
    }
  };

  return { picking, loading, choices, selected, getPicking, open, key };
};
