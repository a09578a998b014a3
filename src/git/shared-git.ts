import type { RunGit } from './run-git.js';

/**
 * What git answered to the commands run so far in one invocation, by folder and command (see `sharedGit`), and the
 * repository each report folder is in (see `gitLints`).
 */
export type GitAnswers = Map<string, Promise<string | null>>;

/**
 * `git` that runs each command once per folder for all the reports of one run, as the image listings are read once:
 * 1,000 reports in one repository ask the same status, refs and file list, which spawned three processes a report.
 */
export const sharedGit =
  (git: RunGit, answers: GitAnswers): RunGit =>
  (args, cwd) => {
    const key = JSON.stringify([cwd, ...args]);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = git(args, cwd);
      answers.set(key, answer);
    }
    return answer;
  };
