import type { SavedDraft, SavedScreen, SavedState } from '../io/state-store.js';
import type { CheckResult } from '../report/check-report.js';
import type { Report } from '../report/model.js';
import { editableAnswer } from '../report/answer/editable-answer.js';
import type { ParityReport } from '../parity/format-parity.js';
import type { HandinFacts } from '../git/handin/handin-facts.js';
import type { ChecklistTraces } from './item-trace.js';
import { createTextBuffer } from './create-text-buffer.js';
import { fileChanged } from './file-changed.js';
import type { NumberJump } from './number-jump.js';
import type { TextBufferAction, TextBufferState } from './text-buffer.js';
import {
  type QuestionState,
  type QuestionStateAction,
  questionReducer,
  questionText,
} from './screens/question/question-state.js';

/**
 * A screen of the wizard; `conflict` asks which of a stale draft and the file's answer to keep, `parity` shows
 * report.py's run beside report-wizard's check.
 */
export type Screen = SavedScreen | 'conflict' | 'parity' | 'handin' | 'resolve';

/** A draft whose file answer changed since the draft began: the user picks one of the two. */
export interface Conflict extends SavedDraft {
  /** The answer the file has now. */
  file: string;
  /** For a draft found stale at start: the place the wizard resumes at once every conflict is settled. */
  resume?: { screen: SavedScreen; question: number };
}

/** The evidence scan of the report's repository: under way, done, or impossible (and why). */
export type EvidenceScan =
  { kind: 'scanning' } | { kind: 'found'; traces: ChecklistTraces } | { kind: 'none'; message: string };

/** What the last tick-all wrote: the items it ticked and the text it left, so one key can write the boxes back. */
export interface TickAll {
  items: number[];
  text: string;
}

/** How a parity run ended, as the parity screen draws it: the structured report, or why report.py could not run. */
export interface ParityResult {
  report: ParityReport | null;
  /** The whole message when report.py could not run (timeout, missing packages, no python), else null. */
  error: string | null;
}

/** The parity screen: running, or its result, scrolled `scroll` rows into the question table. */
export interface ParityView {
  running: boolean;
  result: ParityResult | null;
  scroll: number;
  /** The screen to go back to. */
  from: SavedScreen;
}

/** The hand-in facts (`report-wizard handin`'s), read from git after the first frame, and their screen's place. */
export interface HandinView {
  /** Null while git is read. */
  facts: HandinFacts | null;
  /** Why there are no facts (no git, not a repository), or null. */
  error: string | null;
  /** When the facts were read, in seconds: time left is counted from then. */
  now: number;
  scroll: number;
  /** The screen to go back to. */
  from: SavedScreen;
}

/** An answer about to be written that report.py would misread: asked about before it is written. */
export interface Hazard {
  question: number;
  /** The draft asked about. */
  text: string;
  /** What report.py would do with it, one sentence each (`answerHazards`). */
  messages: string[];
  /** What follows the write once confirmed: screen changes, or the rest of writing every draft and quitting. */
  then: WizardAction[] | 'quit';
}

/** Navigation and draft state of the wizard: everything but the report text itself. */
export interface WizardState {
  screen: Screen;
  /** The open question on the question screen, the highlighted one in the overview (heading number). */
  question: number;
  /** Answers typed but not written, keyed by question number. */
  drafts: Record<number, SavedDraft>;
  /**
   * Drafts set aside by `f` on the draft-conflict screen, by question number: until the question's answer is next
   * written, its editor opens on the file's answer with the draft one undo (Ctrl+Z) back, so `f` loses nothing.
   */
  dropped: Record<number, string>;
  conflicts: Conflict[];
  /** Highlighted checklist item (its 1-based `index`). */
  item: number;
  filter: string;
  /** Whether keys go to the checklist filter. */
  filtering: boolean;
  /** The filter line being edited (its cursor and undo history), while `filtering`. */
  filterBuffer: TextBufferState | null;
  /** Digits typed in the overview towards a question number. */
  jump: NumberJump | null;
  /** Asking what to do with unwritten drafts before quitting. */
  quitting: boolean;
  /** Showing the keys of the current screen over it. */
  help: boolean;
  /** Set once the wizard should exit. */
  done: boolean;
  notice: string | null;
  parity: ParityView | null;
  /** The repository's evidence for the checklist; null when this run scans none. */
  evidence: EvidenceScan | null;
  /** Only the items whose box the evidence disagrees with that way, or (null) every item. */
  suggestionFilter: 'check' | 'uncheck' | null;
  /** Items toggled under that filter: still shown, so Space does not make the item vanish under the cursor. */
  kept: number[];
  /** The last tick-all, while it can be undone. */
  tickAll: TickAll | null;
  /** Asking whether to write an answer report.py would misread. */
  hazard: Hazard | null;
  /** Drafts the student chose to write despite their hazards (question number to text). */
  allowed: Record<number, string>;
  /** The selected conflict on the Resolve screen (its place in the list of those left). */
  resolveAt: number;
  /** The hand-in facts once their reading started; null in a run that reads none. */
  handin: HandinView | null;
  /** The open question's editor and what it shows, from its first key until the question screen closes. */
  questionScreen: QuestionState | null;
}

/** Everything that changes wizard state. */
export type WizardAction =
  | { type: 'OPEN_OVERVIEW' }
  | { type: 'OPEN_QUESTION'; number: number }
  | { type: 'SELECT_QUESTION'; number: number }
  | { type: 'OPEN_CHECKLIST' }
  | { type: 'SELECT_ITEM'; index: number }
  | { type: 'EDIT_DRAFT'; number: number; text: string; base: string }
  | { type: 'DRAFT_WRITTEN'; number: number; text: string }
  | { type: 'DISCARD_DRAFT'; number: number }
  | { type: 'ADD_CONFLICT'; conflict: Conflict }
  | { type: 'RESOLVE_CONFLICT'; keep: 'file' | 'draft' }
  | { type: 'START_FILTER' }
  | { type: 'SET_FILTER'; text: string }
  | { type: 'SET_FILTER_BUFFER'; buffer: TextBufferState }
  | { type: 'JUMP_TYPED'; jump: NumberJump }
  | { type: 'END_FILTER'; keep: boolean }
  | { type: 'SHOW_HELP'; shown: boolean }
  | { type: 'ASK_QUIT' }
  | { type: 'CANCEL_QUIT' }
  | { type: 'QUIT'; discard: boolean }
  | { type: 'NOTIFY'; message: string | null }
  | { type: 'PARITY_STARTED' }
  | { type: 'PARITY_DONE'; result: ParityResult }
  | { type: 'PARITY_SCROLL'; top: number }
  | { type: 'CLOSE_PARITY' }
  | { type: 'EVIDENCE_DONE'; traces: ChecklistTraces }
  | { type: 'EVIDENCE_MISSING'; message: string }
  | { type: 'FILTER_SUGGESTION'; only: 'check' | 'uncheck' | null }
  | { type: 'KEEP_SHOWN'; index: number }
  | { type: 'ASK_HAZARD'; hazard: Hazard }
  | { type: 'ALLOW_HAZARD' }
  | { type: 'CLOSE_HAZARD' }
  | { type: 'TICKED_ALL'; items: number[]; text: string }
  | { type: 'TICK_ALL_UNDONE' }
  | { type: 'SELECT_RESOLVE'; index: number }
  | { type: 'HANDIN_STARTED' }
  | { type: 'HANDIN_LOADED'; facts: HandinFacts | null; error: string | null; now: number }
  | { type: 'OPEN_HANDIN' }
  | { type: 'HANDIN_SCROLL'; top: number }
  | { type: 'CLOSE_HANDIN' }
  /** The question screen's state as it was drawn before its first key (see `openQuestion`). */
  | { type: 'QUESTION_SHOWN'; screen: QuestionState }
  | { type: 'QUESTION'; action: QuestionStateAction }
  /** Edits the open question's text; a changed text becomes its draft, begun against the file's `base`. */
  | { type: 'EDIT_ANSWER'; edits: readonly TextBufferAction[]; base: string }
  /** The report changed on disk (not by this wizard): `report` is its new version, `changed` the answers that moved. */
  | { type: 'FILE_CHANGED'; report: Report; changed: number[] }
  /** Opens the Resolve screen on the report's merge conflicts. */
  | { type: 'OPEN_RESOLVE' };

/** The state a wizard starts in before any resume is applied. */
export const initialWizardState = (patch: Partial<WizardState> = {}): WizardState => ({
  screen: 'overview',
  question: 1,
  drafts: {},
  dropped: {},
  conflicts: [],
  item: 1,
  filter: '',
  filtering: false,
  filterBuffer: null,
  jump: null,
  quitting: false,
  help: false,
  done: false,
  notice: null,
  parity: null,
  evidence: null,
  suggestionFilter: null,
  kept: [],
  tickAll: null,
  hazard: null,
  allowed: {},
  handin: null,
  resolveAt: 0,
  questionScreen: null,
  ...patch,
});

const without = <T>(drafts: Record<number, T>, number: number): Record<number, T> => {
  const rest = { ...drafts };
  delete rest[number];
  return rest;
};

const editDraft = (state: WizardState, number: number, text: string, base: string): WizardState => {
  const previous = state.drafts[number];
  // Typing back to what the file has is no draft at all; a draft keeps the base it began with.
  if (text === (previous?.base ?? base)) return { ...state, drafts: without(state.drafts, number) };
  return {
    ...state,
    drafts: { ...state.drafts, [number]: { question: number, text, base: previous?.base ?? base } },
  };
};

const resolveConflict = (state: WizardState, keep: 'file' | 'draft'): WizardState => {
  const [first, ...rest] = state.conflicts;
  if (first === undefined) return state;
  const drafts =
    keep === 'draft'
      ? {
          ...state.drafts,
          [first.question]: { question: first.question, text: first.text, base: first.file },
        }
      : state.drafts;
  const dropped = keep === 'file' ? { ...state.dropped, [first.question]: first.text } : state.dropped;
  const notice =
    keep === 'file'
      ? `Question ${first.question} has the file's answer; Ctrl+Z in its editor brings your draft back.`
      : null;
  if (rest.length > 0) return { ...state, drafts, dropped, conflicts: rest, notice: notice ?? state.notice };
  // The start's notice ("1 draft to compare with the file") is settled with the last conflict: it goes too.
  const next = { ...state, drafts, dropped, conflicts: rest, notice };
  // A kept draft is what the student was writing: back to it, not to the list; a run that resumed goes where it
  // was resuming.
  if (keep === 'draft') return { ...next, screen: 'question', question: first.question };
  const back = first.resume;
  return back === undefined
    ? { ...next, screen: 'overview', question: first.question }
    : { ...next, screen: back.screen, question: back.question };
};

const editAnswer = (state: WizardState, edits: readonly TextBufferAction[], base: string): WizardState => {
  const screen = state.questionScreen;
  if (screen === null) return state;
  const next = questionReducer(screen, { type: 'EDIT', edits });
  if (next === screen) return state;
  const edited = { ...state, questionScreen: next };
  return next.buffer.lines === screen.buffer.lines
    ? edited
    : editDraft(edited, next.number, questionText(next), base);
};

const step = (state: WizardState, action: WizardAction): WizardState => {
  switch (action.type) {
    case 'OPEN_OVERVIEW':
      return { ...state, screen: 'overview', filtering: false };
    case 'OPEN_QUESTION':
      return { ...state, screen: 'question', question: action.number, notice: null };
    case 'SELECT_QUESTION':
      return { ...state, question: action.number };
    case 'OPEN_CHECKLIST':
      return { ...state, screen: 'checklist', notice: null };
    case 'SELECT_ITEM':
      return { ...state, item: action.index };
    case 'EDIT_DRAFT':
      return editDraft(state, action.number, action.text, action.base);
    case 'DRAFT_WRITTEN': {
      // A written answer settles the question: a draft `f` set aside no longer waits in its editor's history.
      const settled =
        state.dropped[action.number] === undefined
          ? state
          : { ...state, dropped: without(state.dropped, action.number) };
      // Text typed while the write was under way stays a draft.
      return settled.drafts[action.number]?.text === action.text
        ? { ...settled, drafts: without(settled.drafts, action.number) }
        : settled;
    }
    case 'DISCARD_DRAFT':
      return { ...state, drafts: without(state.drafts, action.number) };
    case 'ADD_CONFLICT':
      return {
        ...state,
        drafts: without(state.drafts, action.conflict.question),
        conflicts: [...state.conflicts, action.conflict],
        screen: 'conflict',
      };
    case 'RESOLVE_CONFLICT':
      return resolveConflict(state, action.keep);
    case 'START_FILTER':
      return { ...state, filtering: true, filterBuffer: createTextBuffer(state.filter) };
    case 'SET_FILTER':
      return { ...state, filter: action.text };
    case 'SET_FILTER_BUFFER':
      // A filter is one line: line breaks in a paste become spaces.
      return { ...state, filterBuffer: action.buffer, filter: action.buffer.lines.join(' ') };
    case 'JUMP_TYPED':
      return { ...state, jump: action.jump };
    case 'END_FILTER':
      return { ...state, filtering: false, filterBuffer: null, filter: action.keep ? state.filter : '' };
    case 'SHOW_HELP':
      return { ...state, help: action.shown };
    case 'ASK_QUIT':
      return Object.keys(state.drafts).length > 0 ? { ...state, quitting: true } : { ...state, done: true };
    case 'CANCEL_QUIT':
      return { ...state, quitting: false };
    case 'QUIT':
      return { ...state, quitting: false, done: true, drafts: action.discard ? {} : state.drafts };
    case 'NOTIFY':
      return { ...state, notice: action.message };
    case 'PARITY_STARTED': {
      // Running it again from its own screen keeps the way back.
      const back: SavedScreen =
        state.screen === 'parity'
          ? (state.parity?.from ?? 'overview')
          : state.screen === 'handin'
            ? (state.handin?.from ?? 'overview')
            : state.screen === 'conflict' || state.screen === 'resolve'
              ? 'overview'
              : state.screen;
      return {
        ...state,
        screen: 'parity',
        notice: null,
        parity: { running: true, result: null, scroll: 0, from: back },
      };
    }
    case 'PARITY_DONE':
      // A run that ends after the student left its screen is not shown.
      return state.parity === null
        ? state
        : { ...state, parity: { ...state.parity, running: false, result: action.result } };
    case 'PARITY_SCROLL':
      return state.parity === null || state.parity.scroll === action.top
        ? state
        : { ...state, parity: { ...state.parity, scroll: action.top } };
    case 'CLOSE_PARITY':
      return { ...state, screen: state.parity?.from ?? 'overview', parity: null };
    case 'EVIDENCE_DONE':
      return { ...state, evidence: { kind: 'found', traces: action.traces } };
    case 'EVIDENCE_MISSING':
      return { ...state, evidence: { kind: 'none', message: action.message } };
    case 'FILTER_SUGGESTION':
      // The key of the filter that is on turns it off.
      return {
        ...state,
        suggestionFilter: state.suggestionFilter === action.only ? null : action.only,
        kept: [],
      };
    case 'KEEP_SHOWN':
      return state.kept.includes(action.index) ? state : { ...state, kept: [...state.kept, action.index] };
    case 'TICKED_ALL':
      return action.items.length === 0
        ? state
        : { ...state, tickAll: { items: action.items, text: action.text } };
    case 'TICK_ALL_UNDONE':
      return { ...state, tickAll: null };
    case 'ASK_HAZARD':
      return { ...state, hazard: action.hazard, quitting: false };
    case 'ALLOW_HAZARD':
      return state.hazard === null
        ? state
        : {
            ...state,
            hazard: null,
            allowed: { ...state.allowed, [state.hazard.question]: state.hazard.text },
          };
    case 'CLOSE_HAZARD':
      return { ...state, hazard: null };
    case 'SELECT_RESOLVE':
      return { ...state, resolveAt: action.index };
    case 'HANDIN_STARTED':
      return {
        ...state,
        handin: { facts: null, error: null, now: 0, scroll: 0, from: state.handin?.from ?? 'overview' },
      };
    case 'HANDIN_LOADED':
      return {
        ...state,
        handin: {
          scroll: 0,
          from: 'overview',
          ...state.handin,
          facts: action.facts,
          error: action.error,
          now: action.now,
        },
      };
    case 'OPEN_HANDIN': {
      if (state.handin === null)
        return {
          ...state,
          notice: 'No hand-in facts: the report is not in a git repository this run reads.',
        };
      const from: SavedScreen =
        state.screen === 'handin' || state.screen === 'parity'
          ? state.handin.from
          : state.screen === 'conflict' || state.screen === 'resolve'
            ? 'overview'
            : state.screen;
      return { ...state, screen: 'handin', notice: null, handin: { ...state.handin, scroll: 0, from } };
    }
    case 'HANDIN_SCROLL':
      return state.handin === null || state.handin.scroll === action.top
        ? state
        : { ...state, handin: { ...state.handin, scroll: action.top } };
    case 'CLOSE_HANDIN':
      return { ...state, screen: state.handin?.from ?? 'overview' };
    case 'QUESTION_SHOWN':
      return { ...state, questionScreen: action.screen };
    case 'QUESTION': {
      const screen = state.questionScreen;
      const next = screen === null ? null : questionReducer(screen, action.action);
      return next === screen ? state : { ...state, questionScreen: next };
    }
    case 'EDIT_ANSWER':
      return editAnswer(state, action.edits, action.base);
    case 'FILE_CHANGED':
      return fileChanged(state, action.report, action.changed);
    case 'OPEN_RESOLVE':
      return { ...state, screen: 'resolve', resolveAt: 0, notice: null, help: false };
  }
};

/** Pure transition function of the wizard; file writes happen outside and report back with actions. */
export const wizardReducer = (state: WizardState, action: WizardAction): WizardState => {
  const next = step(state, action);
  const open = next.questionScreen;
  // The question screen starts afresh each time it opens (as another question, after the quit prompt).
  return open !== null && (next.screen !== 'question' || next.quitting || open.number !== next.question)
    ? { ...next, questionScreen: null }
    : next;
};

/** What the wizard was asked to open, besides saved state. */
export interface StartOptions {
  report: Report;
  check: CheckResult;
  saved: SavedState | null;
  question?: number;
  checklist?: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Sorts saved drafts into restorable ones and conflicts against the answers the file has now. */
const restoreDrafts = (report: Report, drafts: SavedDraft[]): Pick<WizardState, 'drafts' | 'conflicts'> => {
  const restored: Record<number, SavedDraft> = {};
  const conflicts: Conflict[] = [];
  for (const draft of drafts) {
    const question = report.questions.find((q) => q.number === draft.question);
    if (question === undefined) continue;
    const file = editableAnswer(question, report);
    if (draft.text === file) continue;
    if (draft.base === file) restored[draft.question] = draft;
    else conflicts.push({ ...draft, file });
  }
  return { drafts: restored, conflicts };
};

/** The first question report.py fails (or the first question), where a report opened for the first time starts. */
const firstFailing = (report: Report, check: CheckResult): number => {
  const failing = check.questions.find((r) => !r.passed);
  const question = failing ? report.questions.find((q) => q.position === failing.position - 1) : undefined;
  return (question ?? report.questions[0])?.number ?? 1;
};

/** The state a wizard opens in: resumed from saved state (drafts checked against the file), or fresh. */
export const startState = ({ report, check, saved, question, checklist }: StartOptions): WizardState => {
  const known = (n: number | undefined): n is number => report.questions.some((q) => q.number === n);
  const { drafts, conflicts } = saved ? restoreDrafts(report, saved.drafts) : { drafts: {}, conflicts: [] };
  let screen: Screen = saved?.screen ?? 'overview';
  let number = saved && known(saved.question) ? saved.question : firstFailing(report, check);
  if (saved && !known(saved.question)) screen = 'overview';
  if (known(question)) [screen, number] = ['question', question];
  if (checklist) screen = 'checklist';
  // Said only when the saved place is where the wizard opens: `--question` or `--checklist` chose another.
  const parts = saved && !known(question) && !checklist ? [`Resumed at question ${number}`] : [];
  const restored = Object.keys(drafts).length;
  if (restored > 0) parts.push(`${plural(restored, 'unsaved draft')} restored`);
  if (conflicts.length > 0) parts.push(`${plural(conflicts.length, 'draft')} to compare with the file`);
  return initialWizardState({
    screen: conflicts.length > 0 ? 'conflict' : screen,
    question: number,
    drafts,
    // The overview is where a settled conflict goes anyway.
    conflicts:
      screen === 'overview'
        ? conflicts
        : conflicts.map((conflict) => ({ ...conflict, resume: { screen, question: number } })),
    notice: parts.length > 0 ? parts.join(' · ') : null,
  });
};
