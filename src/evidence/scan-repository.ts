import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { Exec } from '../parity/exec.js';
import type { RepositoryFile, RepositorySnapshot } from './repository-snapshot.js';

/** Larger files are listed but not read: the evidence is in code and configuration, not in data or models. */
export const maxTextBytes = 256 * 1024;

/** Folders a walk without git skips: environments, caches, data and run outputs, never the group's code. */
const skippedFolders = new Set([
  '.git',
  '.venv',
  'venv',
  'env',
  'node_modules',
  '__pycache__',
  'data',
  '.dvc',
  'outputs',
  'multirun',
  'wandb',
  'mlruns',
  'lightning_logs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.tox',
  '.idea',
]);
const binary =
  /\.(?:png|jpe?g|gif|bmp|svg|ico|pdf|zip|gz|tar|tgz|7z|pt|pth|ckpt|onnx|pkl|pickle|npy|npz|h5|parquet|bin|safetensors|so|dylib|whl|mp4|wav|mp3|db|sqlite)$/i;

/** Reads the small text files among `paths` (relative to `root`), in parallel. */
const readFiles = async (fs: FileSystem, root: string, paths: string[]): Promise<RepositoryFile[]> => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = await Promise.all(
    paths.map(async (path): Promise<RepositoryFile | null> => {
      const full = join(root, path);
      const stat = await fs.stat(full);
      if (stat === null || stat.kind !== 'file') return null;
      if (stat.size > maxTextBytes || binary.test(path)) return { path, text: null };
      try {
        const bytes = await fs.readFile(full);
        if (bytes.includes(0)) return { path, text: null };
        return { path, text: decoder.decode(bytes) };
      } catch {
        return { path, text: null };
      }
    }),
  );
  return files.filter((f) => f !== null);
};

/** Every file below `root` but the skipped folders, as paths relative to it. */
const walk = async (fs: FileSystem, root: string, prefix = ''): Promise<string[]> => {
  const found: string[] = [];
  for (const name of (await fs.readdir(join(root, prefix))).sort()) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    const stat = await fs.stat(join(root, path));
    if (stat?.kind === 'directory') {
      if (!skippedFolders.has(name)) found.push(...(await walk(fs, root, path)));
    } else if (stat?.kind === 'file') found.push(path);
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
  return { git: false, files: await readFiles(io.fs, root, await walk(io.fs, root)) };
};
