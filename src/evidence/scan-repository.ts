import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { Exec } from '../parity/exec.js';
import type { RepositoryFile, RepositorySnapshot } from './repository-snapshot.js';

/** Larger files are listed but not read: the evidence is in code and configuration, not in data or models. */
export const maxTextBytes = 256 * 1024;

/** Folders a walk without git skips wherever they are: environments and caches, never the group's code. */
const skippedFolders = new Set([
  '.git',
  '.venv',
  'venv',
  'node_modules',
  '__pycache__',
  'wandb',
  'mlruns',
  'lightning_logs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.tox',
  '.idea',
]);
/**
 * Folders skipped at the root only: the data and run outputs (the old cookiecutter layout keeps code in `src/data/`),
 * and DVC's cache (`.dvc/config` is evidence).
 */
const skippedPaths = new Set(['data', 'env', 'outputs', 'multirun', '.dvc/cache', '.dvc/tmp']);
const binary =
  /\.(?:png|jpe?g|gif|bmp|svg|ico|pdf|zip|gz|tar|tgz|7z|pt|pth|ckpt|onnx|pkl|pickle|npy|npz|h5|parquet|bin|safetensors|so|dylib|whl|mp4|wav|mp3|db|sqlite)$/i;

/** Where `full` really is, or null when it cannot be told (a dangling link). */
const realPath = (full: string): string | null => {
  try {
    return realpathSync(full);
  } catch {
    return null;
  }
};

/**
 * Reads the small text files among `paths` (relative to `root`), in parallel. A symbolic link is read only when it
 * leads to a file inside the repository (a tracked link to /proc/self/pagemap or /dev/zero is listed, not read), and
 * no file past `maxTextBytes` (a size of 0 proves nothing: /proc's files all show it).
 */
const readFiles = async (fs: FileSystem, root: string, paths: string[]): Promise<RepositoryFile[]> => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const inside = `${realPath(root) ?? root}${sep}`;
  const files = await Promise.all(
    paths.map(async (path): Promise<RepositoryFile | null> => {
      const full = join(root, path);
      const stat = await fs.stat(full);
      if (stat === null || stat.kind !== 'file') return null;
      if (stat.size > maxTextBytes || binary.test(path)) return { path, text: null };
      if (!(realPath(full) ?? '').startsWith(inside)) return { path, text: null };
      try {
        const bytes = await fs.readFile(full, maxTextBytes + 1);
        if (bytes.length > maxTextBytes || bytes.includes(0)) return { path, text: null };
        return { path, text: decoder.decode(bytes) };
      } catch {
        return { path, text: null };
      }
    }),
  );
  return files.filter((f) => f !== null);
};

/**
 * How many files a walk without git lists at most: a report outside any repository may sit in a home folder, and
 * the walk runs synchronously (the wizard's keys wait for it), so it stops well before that takes long.
 */
export const maxWalkFiles = 20_000;

/**
 * Every file below `root` but the skipped folders, as paths relative to it, at most `maxWalkFiles` and one more (which
 * tells that the walk was cut). Symbolic links
 * are not followed (a link to a parent folder would never end), so node's directory entries are read here rather than
 * `FileSystem.stat`.
 */
const walk = (root: string, prefix = '', found: string[] = []): string[] => {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (found.length > maxWalkFiles) break;
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name) && !skippedPaths.has(path)) walk(root, path, found);
    } else if (entry.isFile()) found.push(path);
  }
  return found;
};

/**
 * The repository's files as a grader sees them: those git tracks (`git ls-files`, so ignored files never count),
 * or without git every file outside environments, caches and data folders.
 */
export const scanRepository = async (
  root: string,
  git: boolean,
  io: { fs: FileSystem; exec: Exec; env: Record<string, string> },
): Promise<RepositorySnapshot> => {
  if (git) {
    const listed = await io.exec('git', ['-C', root, 'ls-files', '-z', '--cached'], {
      cwd: root,
      env: io.env,
      timeout: 30_000,
    });
    if (listed.exitCode === 0) {
      const paths = listed.stdout.split('\0').filter((p) => p !== '');
      return { git: true, files: await readFiles(io.fs, root, paths) };
    }
  }
  const walked = walk(root);
  const cut = walked.length > maxWalkFiles;
  return {
    git: false,
    files: await readFiles(io.fs, root, walked.slice(0, maxWalkFiles)),
    ...(cut ? { cut } : {}),
  };
};
