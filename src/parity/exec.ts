/** What running a program needs: the subset of execa's options parity uses. */
export interface ExecOptions {
  cwd: string;
  /** The whole environment of the child (nothing is inherited besides it). */
  env: Record<string, string>;
  /** Milliseconds before the child is killed. */
  timeout: number;
  /** Characters of stdout or stderr kept before the child is ended (execa's default, 100 million, when absent). */
  maxBuffer?: number;
}

/** How a program run ended, never thrown: execa's result with `reject: false`, narrowed. */
export interface ExecOutcome {
  /** Undefined when it never started, was killed, or timed out. */
  exitCode?: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  failed: boolean;
  /** Node's error code when it could not start (`ENOENT`, `EACCES`). */
  code?: string;
  /** execa's one-line description of a failure. */
  shortMessage?: string;
  /** True when we ended the child because its output passed `maxBuffer`: what it said after that is our doing. */
  outputCut?: boolean;
}

/** Runs `file args` and reports how it ended; `execWithExeca` is the real one, tests pass a fake. */
export type Exec = (file: string, args: string[], options: ExecOptions) => Promise<ExecOutcome>;
