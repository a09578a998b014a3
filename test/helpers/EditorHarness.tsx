import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { createTextBuffer } from '../../src/ui/create-text-buffer.js';
import { editorKeyAction } from '../../src/ui/editor-key-action.js';
import { useKeypress } from '../../src/ui/input/use-keypress.js';
import { AnswerEditor } from '../../src/ui/screens/question/AnswerEditor.js';
import type { EditorMarker } from '../../src/ui/screens/question/question-view.js';
import { textBuffer, type TextBufferAction, type TextBufferState } from '../../src/ui/text-buffer.js';

/** What a test does to the editor besides typing: an action, an insert, a new text; and its state now. */
export interface EditorHandle {
  apply(action: TextBufferAction): void;
  insert(text: string): void;
  setText(text: string): void;
  state(): TextBufferState;
}

/** Props of `EditorHarness`: the editor view's, with the text it starts from and a listener for its changes. */
export interface EditorHarnessProps {
  initialText: string;
  width: number;
  height: number;
  isActive?: boolean;
  color?: boolean;
  onChange?: (text: string) => void;
  ref?: Ref<EditorHandle>;
  marker?: EditorMarker | null;
}

/**
 * The answer editor as the question screen drives it, on its own: keys from the terminal through the editor's key
 * table into the text buffer, drawn by `AnswerEditor`; `onChange` hears every change of the text.
 */
export const EditorHarness = ({
  initialText,
  width,
  isActive = true,
  onChange,
  ref,
  ...view
}: EditorHarnessProps) => {
  const wrapWidth = Math.max(1, width - 1);
  const [buffer, setBuffer] = useState(() => createTextBuffer(initialText, wrapWidth));
  // The state ahead of rendering: a chunk of several keys builds on each one's result.
  const latest = useRef(buffer);
  const apply = (action: TextBufferAction): void => {
    const previous = latest.current;
    const next = textBuffer(previous, action);
    if (next === previous) return;
    latest.current = next;
    setBuffer(next);
    if (next.lines !== previous.lines) onChange?.(next.lines.join('\n'));
  };
  if (latest.current.wrapWidth !== wrapWidth) apply({ type: 'resize', width: wrapWidth });
  useImperativeHandle(ref, () => ({
    apply,
    insert: (text) => apply({ type: 'insert', text }),
    setText: (text) => apply({ type: 'setText', text }),
    state: () => latest.current,
  }));
  useKeypress((keys) => {
    for (const key of keys) {
      const action = isActive ? editorKeyAction(key) : null;
      if (action !== null) apply(action);
    }
  });
  return <AnswerEditor buffer={buffer} width={width} isActive={isActive} {...view} />;
};
