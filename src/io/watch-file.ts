import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/** A running watch; `close` releases its handle and timer. */
export interface FileWatch {
  close(): void;
}

/**
 * Calls `onChange` once a burst of changes in folder `dir` whose names `accept` takes has settled for `quietMs`;
 * `onError` gets what ends the watch (the folder removed, say). Only the folder's own entries are watched, not its
 * subfolders' (cheap even on a repository's `.git`).
 */
export const watchFolder = (
  dir: string,
  accept: (name: string) => boolean,
  onChange: () => void,
  onError: (error: Error) => void,
  quietMs: number,
): FileWatch => {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { persistent: true }, (_event, file) => {
    // Some platforms leave the name out: then any change in the folder may be the one.
    if (file !== null && !accept(file)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  watcher.on('error', onError);
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
};

/**
 * Calls `onChange` once a burst of changes to `path` has settled for `quietMs`: the folder is watched, not the file,
 * so an editor that saves by renaming a new file over the old one (vim, many IDEs), deletes and recreates it, or
 * writes in place is seen alike; `onError` gets what ends the watch (the folder removed, say).
 */
export const watchFile = (
  path: string,
  onChange: () => void,
  onError: (error: Error) => void,
  quietMs = 150,
): FileWatch => {
  const name = basename(path);
  return watchFolder(dirname(path), (file) => file === name, onChange, onError, quietMs);
};
