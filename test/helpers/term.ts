import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether tmux can run here; the pseudo-terminal tests skip (and say so) without it, or fail under `CI=true`. */
export const hasTmux = (): boolean => spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

/** A program running in a real pseudo-terminal (a detached tmux session on a private server). */
export interface Term {
  /** Sends tmux key names such as `Enter`, `Space`, `C-c`, `Down`, all in one write. */
  keys(...names: string[]): void;
  /** Types text literally. */
  type(text: string): void;
  /** Sends exact bytes (escape sequences a key name cannot say, such as Ctrl+F1), in one write. */
  bytes(data: string | Uint8Array): void;
  /** The visible screen, trailing blank lines removed. */
  screen(): string;
  /** The visible screen with its colours and styles as SGR escape sequences (tmux's `capture-pane -e`). */
  styledScreen(): string;
  /** The scrollback history and the screen, trailing blank lines removed. */
  history(): string;
  /** The pane's title, as a program sets it with `ESC ] 0 ; title BEL`. */
  title(): string;
  /** Waits until the screen contains `text`; throws with the screen after `timeoutMs`. */
  waitFor(text: string, timeoutMs?: number): Promise<string>;
  /** Waits until `test` accepts the screen; throws with the screen after `timeoutMs`. */
  waitUntil(test: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Resizes the terminal. */
  resize(columns: number, rows: number): void;
  /**
   * The cells each row of the screen takes as tmux drew it (up to its last non-blank cell), read in tmux's copy mode:
   * where a border sits, whatever widths the program computed.
   */
  rowWidths(): number[];
  /** Waits for the program to end and returns its exit status (128 + n when signal n killed it). */
  exitCode(timeoutMs?: number): Promise<number>;
  /** The program's process id, for sending it signals. */
  pid(): number;
  close(): void;
}

/** Whether process `pid` is still running (a zombie nobody has reaped yet counts as ended). */
const running = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

let sessions = 0;
const sleep = async (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts `argv` in a `columns`x`rows` terminal with `env` added to a clean environment. */
export const startTerm = (
  argv: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    columns?: number;
    rows?: number;
    /** tmux pane options, set before the program's first output (e.g. `scroll-on-clear: 'off'`). */
    tmuxOptions?: Record<string, string>;
  },
): Term => {
  // A private server per test file: tests never touch the user's tmux sessions.
  const socket = `report-wizard-test-${process.pid}-${++sessions}`;
  const tmux = (...args: string[]): string =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const env = {
    TERM: 'xterm-256color',
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...options.env,
  };
  const exports = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
  // tmux does not always learn a pane's exit status (it may see the terminal close and never the child's status,
  // which then read as 0): a shell writes it to a file instead, 128 + n for a program killed by signal n.
  const statusFile = join(tmpdir(), `${socket}.status`);
  rmSync(statusFile, { force: true });
  const record = `"$@"; echo $? > ${quote(statusFile)}`;
  tmux(
    'new-session',
    '-d',
    '-s',
    'test',
    '-x',
    String(options.columns ?? 80),
    '-y',
    String(options.rows ?? 24),
    '-c',
    options.cwd,
    `exec env -i ${exports.join(' ')} /bin/sh -c ${quote(record)} sh ${argv.map(quote).join(' ')}`,
    // In the same command, so a program that exits at once still leaves its pane and status behind.
    ';',
    'set-option',
    '-t',
    'test',
    'remain-on-exit',
    'on',
    ...Object.entries(options.tmuxOptions ?? {}).flatMap(([name, value]) => [
      ';',
      'set-option',
      '-t',
      'test',
      name,
      value,
    ]),
  );
  const screen = (): string => tmux('capture-pane', '-p', '-t', 'test').replace(/\n+$/, '');
  const field = (name: string): string => tmux('display-message', '-p', '-t', 'test', `#{${name}}`).trim();
  const waitUntil = async (
    test: (shown: string) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<string> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const shown = screen();
      if (test(shown)) return shown;
      if (Date.now() > until) throw new Error(`${what} did not happen; the screen shows:\n${shown}`);
      await sleep(20);
    }
  };
  const term: Term = {
    keys: (...names) => void tmux('send-keys', '-t', 'test', ...names),
    type: (text) => void tmux('send-keys', '-t', 'test', '-l', text),
    history: () => tmux('capture-pane', '-p', '-S', '-', '-t', 'test').replace(/\n+$/, ''),
    title: () => field('pane_title'),
    bytes: (data) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      if (bytes.length === 0) return;
      tmux('send-keys', '-t', 'test', '-H', ...[...bytes].map((b) => b.toString(16).padStart(2, '0')));
    },
    screen,
    styledScreen: () => tmux('capture-pane', '-p', '-e', '-t', 'test').replace(/\n+$/, ''),
    waitFor: async (text, timeoutMs) =>
      waitUntil((shown) => shown.includes(text), `"${text}" to appear`, timeoutMs),
    waitUntil,
    rowWidths: () => {
      const pane = ['-t', 'test'];
      const args = ['copy-mode', ...pane, ';', 'send-keys', ...pane, '-X', 'top-line'];
      for (let row = 0; row < Number(field('pane_height')); row++) {
        args.push(';', 'send-keys', ...pane, '-X', 'end-of-line');
        args.push(';', 'display-message', '-p', ...pane, '#{copy_cursor_x}');
        args.push(';', 'send-keys', ...pane, '-X', 'cursor-down');
      }
      args.push(';', 'send-keys', ...pane, '-X', 'cancel');
      return tmux(...args)
        .trim()
        .split('\n')
        .map(Number);
    },
    resize: (columns, rows) =>
      void tmux('resize-window', '-t', 'test', '-x', String(columns), '-y', String(rows)),
    exitCode: async (timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const status = existsSync(statusFile) ? readFileSync(statusFile, 'utf8').trim() : '';
        if (status !== '') return Number(status);
        if (Date.now() > until) throw new Error(`The program did not exit; the screen shows:\n${screen()}`);
        await sleep(20);
      }
    },
    pid: () => {
      // The program runs as the shell's one child.
      const shell = field('pane_pid');
      const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
      return Number(children[0]);
    },
    close: () => {
      let program: number | null = null;
      try {
        program = term.pid();
      } catch {
        // The program has ended already (or never started): nothing to wait for.
      }
      spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
      rmSync(statusFile, { force: true });
      // A wizard still writes its saved state (or code cache) as its terminal closes: wait until it has ended, so a
      // test's folder is not removed under it (ENOTEMPTY under load).
      const until = Date.now() + 10_000;
      while (program !== null && running(program) && Date.now() < until) sleepSync(20);
    },
  };
  return term;
};
