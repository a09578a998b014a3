import { mergeSavedState } from './merge-saved-state.js';
import { stateDir } from './state-dir.js';
import { type StateBacking, type StateRecords, stateFile } from './state-file.js';

/** A screen of the wizard, as remembered between runs. */
export type SavedScreen = 'overview' | 'question' | 'checklist';

/** An answer typed in the wizard but not yet written to the report. */
export interface SavedDraft {
  question: number;
  text: string;
  /** The answer the file had when the draft began: the draft is offered back only while the file still has it. */
  base: string;
}

/** What the wizard remembers about one report between runs. */
export interface SavedState {
  screen: SavedScreen;
  question: number;
  drafts: SavedDraft[];
}

/** Where the wizard keeps resume state, per absolute report path; tests hand in `memoryStateStore()`. */
export interface StateStore {
  get(path: string): Promise<SavedState | null>;
  /**
   * Records the state; it reaches disk within the store's delay (at most a second) or on `flush`, merged with what
   * other wizards saved meanwhile: only the drafts this one added, changed or removed since it last read or wrote.
   */
  set(path: string, state: SavedState): void;
  /** Writes everything recorded so far. */
  flush(): Promise<void>;
  /** Reads the store if need be: the one-line notice when a corrupt store was moved aside, else null. */
  notice?(): Promise<string | null>;
  /** Writes what is pending, then removes the state of every report path `which` picks (a demo's copy, gone). */
  forget(which: (path: string) => boolean): Promise<void>;
}

const screens: readonly string[] = ['overview', 'question', 'checklist'];

const isDraft = (value: unknown): value is SavedDraft => {
  const draft = value as Partial<SavedDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    Number.isInteger(draft.question) &&
    typeof draft.text === 'string' &&
    typeof draft.base === 'string'
  );
};

/** Accepts only well-formed state: the file is the user's and may have been edited by hand. */
const asSavedState = (value: unknown): SavedState | null => {
  const state = value as Partial<SavedState> | null;
  if (typeof state !== 'object' || state === null) return null;
  if (typeof state.screen !== 'string' || !screens.includes(state.screen)) return null;
  if (!Number.isInteger(state.question) || !Array.isArray(state.drafts) || !state.drafts.every(isDraft))
    return null;
  return { screen: state.screen, question: state.question as number, drafts: state.drafts };
};

const noop = (): void => undefined;

/**
 * Buffers `set` calls and writes them at most `delayMs` later, so typing does not write a file per key; each write
 * merges this process's changes into what is on disk (`mergeSavedState`), so two wizards on one report keep both
 * their drafts.
 */
const mergingStore = (backing: StateBacking, delayMs: number): StateStore => {
  const pending = new Map<string, SavedState>();
  /** Per report, what this process last read or wrote: a `set` counts as the changes made since. */
  const known = new Map<string, SavedState | null>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let reading: Promise<StateRecords> | null = null;
  // Reads at the same moment share one, so the notice of a file moved aside reaches whoever asks.
  const read = async (): Promise<StateRecords> =>
    (reading ??= backing.read().finally(() => {
      reading = null;
    }));
  const write = async (entries: Map<string, SavedState>): Promise<void> => {
    try {
      await backing.update((records) => {
        const merged = { ...records };
        for (const [path, state] of entries)
          merged[path] = mergeSavedState(asSavedState(records[path]), known.get(path) ?? null, state);
        return merged;
      });
      for (const [path, state] of entries) known.set(path, state);
    } catch {
      // Not written (the lock held too long, a folder not writable): kept for the next flush unless newer came.
      for (const [path, state] of entries) if (!pending.has(path)) pending.set(path, state);
    }
  };
  const flush = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.size > 0) {
      const entries = new Map(pending);
      pending.clear();
      writing = writing.then(async () => write(entries));
    }
    await writing;
  };
  return {
    get: async (path) => {
      const waiting = pending.get(path);
      if (waiting !== undefined) return waiting;
      const records = await read().catch(() => null);
      if (records === null) return null;
      const state = asSavedState(records[path]);
      known.set(path, state);
      return state;
    },
    set: (path, state) => {
      pending.set(path, state);
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
    forget: async (which) => {
      await flush();
      try {
        await backing.update((records) =>
          Object.fromEntries(Object.entries(records).filter(([path]) => !which(path))),
        );
      } catch {
        // Not removed: a stale entry only costs a few bytes, and the next forget tries again.
      }
      for (const path of known.keys()) if (which(path)) known.delete(path);
    },
    notice: async () => {
      await read().catch(noop);
      return backing.notice();
    },
  };
};

/** Keeps state in memory only: for tests, and when the config folder cannot be used. */
export const memoryStateStore = (
  initial: Record<string, SavedState> = {},
): StateStore & { saved: Map<string, SavedState> } => {
  const saved = new Map(Object.entries(initial));
  return {
    saved,
    get: async (path) => Promise.resolve(saved.get(path) ?? null),
    set: (path, state) => void saved.set(path, state),
    flush: async () => Promise.resolve(),
    forget: async (which) => {
      for (const path of [...saved.keys()]) if (which(path)) saved.delete(path);
      return Promise.resolve();
    },
  };
};

/**
 * The wizard's store: `state.json` in `REPORT_WIZARD_STATE_DIR`, else in the OS config folder where conf kept it
 * (see `stateDir`); a store that cannot be read or written degrades to no resume rather than a crash.
 */
export const createStateStore = (
  env: Record<string, string | undefined>,
  delayMs = 500,
  backing: StateBacking = stateFile(stateDir(env)),
): StateStore => mergingStore(backing, delayMs);
