import { join, resolve } from 'node:path';
import type { FileSystem } from '../../io/file-system.js';
import { ReportError } from '../../io/report-error.js';
import { cloneNames, parseRoster } from '../../report/class/parse-roster.js';

/** One group to look at: its clone's folder (null when the roster's clone is missing) and what to call it. */
export interface ClassEntry {
  group: string | null;
  folder: string;
  repo: string | null;
  /** Why there is nothing to read (the roster's clone is missing, a row has no URL), or null. */
  missing: string | null;
}

const isClone = async (fs: FileSystem, folder: string): Promise<boolean> =>
  (await fs.stat(join(folder, '.git'))) !== null ||
  ((await fs.stat(join(folder, 'HEAD')))?.isFile === true &&
    (await fs.stat(join(folder, 'objects'))) !== null);

/** The URL of a clone's `origin`, read from its config file (no git process per group). */
export const originUrl = async (fs: FileSystem, folder: string): Promise<string | null> => {
  for (const config of [join(folder, '.git', 'config'), join(folder, 'config')]) {
    const stat = await fs.stat(config);
    if (stat?.isFile !== true || stat.size > 1_000_000) continue;
    const text = new TextDecoder().decode(await fs.readFile(config));
    const section = /^\s*\[remote "origin"\]\s*$([\s\S]*?)(?=^\s*\[|$(?![\s\S]))/m.exec(text)?.[1] ?? '';
    return /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1] ?? null;
  }
  return null;
};

/**
 * The groups of the given sources, in order: a folder of clones gives its sub-folders (sorted; a folder that is itself
 * a clone is one group), a roster CSV its rows, each looked up as a clone in `clones`.
 */
export const classSources = async (
  fs: FileSystem,
  cwd: string,
  sources: readonly string[],
  clones: string | undefined,
): Promise<ClassEntry[]> => {
  const entries: ClassEntry[] = [];
  for (const source of sources) {
    const path = resolve(cwd, source);
    const stat = await fs.stat(path);
    if (stat === null)
      throw new ReportError(`${source} does not exist: give a folder of clones or a roster CSV.`);
    if (stat.isDirectory) {
      if (await isClone(fs, path)) {
        entries.push({ group: null, folder: path, repo: await originUrl(fs, path), missing: null });
        continue;
      }
      const names = (await fs.readdir(path)).filter((n) => !n.startsWith('.')).sort();
      for (const name of names) {
        const folder = join(path, name);
        if ((await fs.stat(folder))?.isDirectory !== true) continue;
        entries.push({ group: null, folder, repo: await originUrl(fs, folder), missing: null });
      }
      continue;
    }
    if (clones === undefined)
      throw new ReportError(`${source} is a roster: give the folder holding its clones with --clones DIR.`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(await fs.readFile(path));
    for (const row of parseRoster(text)) {
      if (row.url === null) {
        entries.push({
          group: row.group,
          folder: '',
          repo: null,
          missing: `Line ${row.line} of ${source} has no repository URL.`,
        });
        continue;
      }
      let found: string | null = null;
      for (const name of cloneNames(row.url)) {
        const folder = resolve(cwd, clones, name);
        if ((await fs.stat(folder))?.isDirectory === true) {
          found = folder;
          break;
        }
      }
      entries.push({
        group: row.group,
        folder: found ?? resolve(cwd, clones),
        repo: row.url,
        missing: found === null ? `No clone of ${row.url} in ${clones}.` : null,
      });
    }
  }
  return entries;
};
