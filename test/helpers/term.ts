import { execFileSync, spawnSync } from 'node:child_process';

/** Whether tmux can run here; the pseudo-terminal tests skip (and say so) without it. */
export const hasTmux = (): boolean => spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;

/** A program running in a real pseudo-terminal (a detached tmux session on a private server). */
export interface Term {
  /** Sends tmux key names such as `Enter`, `Space`, `C-c`, `Down`. */
  keys(...names: string[]): void;
  /** Types text literally. */
  type(text: string): void;
  /** The visible screen, trailing blank lines removed. */
  screen(): string;
  /** The scrollback history and the screen, trailing blank lines removed. */
  history(): string;
  /** The pane's title, as a program sets it with `ESC ] 0 ; title BEL`. */
  title(): string;
  /** Waits until the screen contains `text`; throws with the screen after `timeoutMs`. */
  waitFor(text: string, timeoutMs?: number): Promise<string>;
  /** Waits for the program to end and returns its exit status. */
  exitCode(timeoutMs?: number): Promise<number>;
  /** The program's process id, for sending it signals. */
  pid(): number;
  close(): void;
}

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
    `exec env -i ${exports.join(' ')} ${argv.map(quote).join(' ')}`,
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
  return {
    keys: (...names) => void tmux('send-keys', '-t', 'test', ...names),
    type: (text) => void tmux('send-keys', '-t', 'test', '-l', text),
    screen,
    history: () => tmux('capture-pane', '-p', '-S', '-', '-t', 'test').replace(/\n+$/, ''),
    title: () => field('pane_title'),
    waitFor: async (text, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const shown = screen();
        if (shown.includes(text)) {
          // A screen just drawn subscribes its key handlers a moment later: keys sent at once could be lost.
          await sleep(50);
          return shown;
        }
        if (Date.now() > until) throw new Error(`"${text}" did not appear; the screen shows:\n${shown}`);
        await sleep(20);
      }
    },
    exitCode: async (timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      while (field('pane_dead') !== '1') {
        if (Date.now() > until) throw new Error(`The program did not exit; the screen shows:\n${screen()}`);
        await sleep(20);
      }
      return Number(field('pane_dead_status'));
    },
    pid: () => Number(field('pane_pid')),
    close: () => {
      spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    },
  };
};
