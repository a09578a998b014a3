import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Exec } from '../io/exec.js';
import { nodeRepositoryFiles } from './node-repository-files.js';
import type { ReadRepositoryFile } from './read-repository-file.js';
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

/**
 * The files among `paths` a rule can look at (`wanted`), with the text of the small text ones: binary files by their
 * name are only looked up, never read.
 */
const readFiles = (
  read: ReadRepositoryFile,
  paths: string[],
  wanted: (path: string) => boolean,
): RepositoryFile[] => {
  const files: RepositoryFile[] = [];
  for (const path of paths) {
    if (!wanted(path)) continue;
    const text = read(path, !binary.test(path));
    if (text !== undefined) files.push({ path, text });
  }
  return files;
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
 * or without git every file outside environments, caches and data folders; of those, only the ones `wanted` (by
 * path: those a rule can look at) are kept and read. `io.read` reads a file (node's file system when absent).
 */
export const scanRepository = async (
  root: string,
  git: boolean,
  io: { exec: Exec; env: Record<string, string>; read?: ReadRepositoryFile },
  wanted: (path: string) => boolean = () => true,
): Promise<RepositorySnapshot> => {
  const read = io.read ?? nodeRepositoryFiles(root, maxTextBytes);
  if (git) {
    const listed = await io.exec('git', ['-C', root, 'ls-files', '-z', '--cached'], {
      cwd: root,
      env: io.env,
      timeout: 30_000,
    });
    if (listed.exitCode === 0) {
      const paths = listed.stdout.split('\0').filter((p) => p !== '');
      return { git: true, files: readFiles(read, paths, wanted) };
    }
  }
  const walked = walk(root);
  const cut = walked.length > maxWalkFiles;
  return {
    git: false,
    files: readFiles(read, walked.slice(0, maxWalkFiles), wanted),
    ...(cut ? { cut } : {}),
  };
};
