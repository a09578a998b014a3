/** Rows each part of the question screen gets. */
export interface QuestionLayout {
  promptRows: number;
  exampleRows: number;
  lintRows: number;
  editorRows: number;
}

/** Rows that are always there: header, length line, editor border (2), count bar, footer. */
const fixedRows = 6;
/** The editor never gets fewer rows than this while the screen has them. */
const minEditorRows = 3;

/**
 * Shares `height` rows between the prompt, the example, the lints and the editor: the editor gets what is
 * left, but at least three rows; the example gives way first, then lints (at most half the screen), then the
 * prompt (cut with `…`).
 */
export const questionLayout = (
  height: number,
  wanted: { promptRows: number; exampleRows: number; lintRows: number },
): QuestionLayout => {
  let spare = Math.max(0, height - fixedRows - minEditorRows);
  const take = (rows: number): number => {
    const given = Math.min(rows, spare);
    spare -= given;
    return given;
  };
  const promptRows = take(Math.min(wanted.promptRows, 1));
  // Warnings are wrapped whole, each with its fix: up to half the screen, never less than three rows.
  const lintRows = take(Math.min(wanted.lintRows, Math.max(3, Math.floor(height / 2) - fixedRows)));
  const morePromptRows = take(Math.max(0, wanted.promptRows - 1));
  const exampleRows = take(wanted.exampleRows);
  return {
    promptRows: promptRows + morePromptRows,
    exampleRows,
    lintRows,
    editorRows: Math.max(1, height - fixedRows - promptRows - morePromptRows - exampleRows - lintRows),
  };
};
