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
  /** Records the state; it reaches disk within the store's delay (at most a second) or on `flush`. */
  set(path: string, state: SavedState): void;
  /** Writes everything recorded so far. */
  flush(): Promise<void>;
}

/** The raw storage behind a store. */
interface Backing {
  read(path: string): Promise<unknown>;
  write(entries: Map<string, SavedState>): Promise<void>;
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

/** Buffers `set` calls and writes them at most `delayMs` later, so typing does not write a file per key. */
const throttled = (backing: Backing, delayMs: number): StateStore => {
  const pending = new Map<string, SavedState>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.size > 0) {
      const entries = new Map(pending);
      pending.clear();
      writing = writing.then(() => backing.write(entries)).catch(() => undefined);
    }
    await writing;
  };
  return {
    get: async (path) => pending.get(path) ?? asSavedState(await backing.read(path).catch(() => null)),
    set: (path, state) => {
      pending.set(path, state);
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
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
  };
};

/**
 * The conf-backed store (project `report-wizard`, or the folder in `REPORT_WIZARD_STATE_DIR`), loading conf only
 * when first used; a broken or unwritable config file degrades to no resume rather than a crash.
 */
export const createStateStore = (env: Record<string, string | undefined>, delayMs = 500): StateStore => {
  type Store = { get(key: string): unknown; set(key: string, value: unknown): void };
  let store: Promise<Store | null> | null = null;
  const open = async (): Promise<Store | null> => {
    store ??= import('conf')
      .then(
        ({ default: Conf }) =>
          new Conf({
            projectName: 'report-wizard',
            projectSuffix: '',
            configName: 'state',
            // Paths contain dots, which conf would otherwise read as nested keys.
            accessPropertiesByDotNotation: false,
            clearInvalidConfig: true,
            ...(env.REPORT_WIZARD_STATE_DIR ? { cwd: env.REPORT_WIZARD_STATE_DIR } : {}),
          }) as Store,
      )
      .catch(() => null);
    return store;
  };
  return throttled(
    {
      read: async (path) => (await open())?.get(path) ?? null,
      write: async (entries) => {
        const conf = await open();
        for (const [path, state] of entries) conf?.set(path, state);
      },
    },
    delayMs,
  );
};
