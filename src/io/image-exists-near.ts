import { dirname, isAbsolute, relative as relativePath, resolve, sep } from 'node:path';
import { reportPyImage } from '../report/report-py-image.js';
import type { FileSystem } from './file-system.js';

/** The path as written and URL-decoded (`%20`), with `<…>` unwrapped: the lint asks with one, a link may hold either. */
const spellings = (relative: string): string[] => {
  const unwrapped = relative.replace(/^<(.*)>$/, '$1');
  try {
    return [unwrapped, decodeURIComponent(unwrapped)];
  } catch {
    // A lone % is a literal character in a file name.
    return [unwrapped];
  }
};

// Segments without empty ones, not starting with ".." (which the general path below treats as outside the folder).
const plainPath = /^(?!\.\.)(?:[^/]+\/)*[^/]+$/;
// An absolute POSIX folder other than "/", as resolve() writes it (no "//", "." or ".." segment, no trailing "/").
const plainRoot = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

/**
 * The folder listings a path needs, as [folder, entry] steps: every segment below the report's folder is looked up
 * in its parent's listing, so `Figures/a.PNG` misses `figures/a.png` on a case-insensitive disk too, as on GitHub.
 */
const steps = (root: string, relative: string): [string, string][] => {
  // The usual link, `figures/a.png`, from a report in a folder: its folders are the root joined with its segments,
  // which is what resolve() gives (and resolve() and relative() on every image were a twelfth of 1,000 reports).
  if (sep === '/' && plainPath.test(relative) && plainRoot.test(root)) {
    const segments = relative.split('/');
    if (!segments.includes('.') && !segments.includes('..')) {
      let folder = root;
      return segments.map((segment): [string, string] => {
        const step: [string, string] = [folder, segment];
        folder = `${folder}/${segment}`;
        return step;
      });
    }
  }
  const target = resolve(root, relative);
  const inside = relativePath(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return [[dirname(target), target.slice(dirname(target).length + 1)]];
  const segments = inside.split(sep);
  return segments.map((segment, i) => [resolve(root, ...segments.slice(0, i)), segment]);
};

/** Every image target in the text, as report.py's image pattern finds them (a superset of what the lints ask for). */
const imageTargets = (text: string): string[] =>
  [...text.matchAll(reportPyImage)].map((m) => {
    const inner = m[1]!.trim();
    return inner.startsWith('<')
      ? inner.slice(1, inner.indexOf('>') === -1 ? undefined : inner.indexOf('>'))
      : (inner.split(/\s+/)[0] ?? '');
  });

/** Folder listings shared by the reports of one run: a batch of reports in one folder lists it once, not per report. */
export type FolderListings = Map<string, Promise<Set<string>>>;

/**
 * Whether an image path, relative to the report's folder, names a file: the lint engine needs a synchronous answer,
 * so the folders of every image in `text` (and `figures/`) are listed once through `fs`, and the predicate answers
 * from those listings, case-sensitively as GitHub does. A path in a folder that was not listed (a link typed in the
 * wizard into a new folder) counts as present: not having looked is no reason to call it missing.
 */
export const imageExistsNear = async (
  fs: FileSystem,
  reportPath: string,
  text: string,
  shared: FolderListings = new Map(),
): Promise<(relative: string) => boolean> => {
  const root = dirname(reportPath);
  const listings = new Map<string, Set<string>>();
  // The report's folder and figures/, where the wizard's image picker links to, are listed always.
  const folders = new Set([root, resolve(root, 'figures')]);
  for (const target of imageTargets(text)) {
    if (/^[a-z][\w+.-]*:|^\/|\\/i.test(target)) continue;
    for (const spelling of spellings(target))
      for (const [folder] of steps(root, spelling)) folders.add(folder);
  }
  await Promise.all(
    [...folders].map(async (folder) => {
      let listing = shared.get(folder);
      if (listing === undefined) {
        listing = fs.readdir(folder).then(
          (names) => new Set(names),
          () => new Set<string>(),
        );
        shared.set(folder, listing);
      }
      listings.set(folder, await listing);
    }),
  );
  const exists = (relative: string): boolean | null => {
    let known = true;
    for (const [folder, entry] of steps(root, relative)) {
      const listing = listings.get(folder);
      if (listing === undefined) known = false;
      else if (!listing.has(entry)) return false;
    }
    return known ? true : null;
  };
  return (relative) => spellings(relative).some((spelling) => exists(spelling) ?? true);
};
