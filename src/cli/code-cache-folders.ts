import { lstatSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * The folders a V8 code cache may live in, outermost first (the cache root, then report-wizard's own folder), or null
 * when there is none to trust. A cache is code that runs, so the XDG rule is followed to the letter: an empty or
 * relative XDG_CACHE_HOME is ignored (else a cloned repository's `report-wizard/` folder in the current directory
 * would be taken for the cache), and so is a relative HOME.
 */
export const codeCacheFolders = (
  env: Record<string, string | undefined>,
  platform: string,
  home: () => string,
): string[] | null => {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    const root = local && isAbsolute(local) ? local : join(home(), 'AppData', 'Local');
    return [join(root, 'report-wizard'), join(root, 'report-wizard', 'Cache')];
  }
  const xdg = env.XDG_CACHE_HOME;
  let root: string;
  if (xdg && isAbsolute(xdg)) root = xdg;
  else {
    const userHome = env.HOME || home();
    if (!isAbsolute(userHome)) return null;
    root = join(userHome, '.cache');
  }
  return [root, join(root, 'report-wizard')];
};

/**
 * Whether `path` is a real folder (not a symlink) owned by this user and writable by no one else: only then can no
 * other user have put a code cache in it. Windows has no owners to compare here; its per-user folder is trusted.
 */
export const isPrivateFolder = (path: string): boolean => {
  if (process.getuid === undefined) return true;
  try {
    const stat = lstatSync(path);
    return stat.isDirectory() && stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
};
