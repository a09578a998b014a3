import { access, copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the temporary folders of demo copies are named. */
export const demoPrefix = 'report-wizard-demo-';

/** Where the demo report lives inside the package. */
const demoReport = join('templates', 'demo', 'README.md');

// A valid 1x1 PNG: enough for the image picker and report.py's image count.
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Searches upwards from `start` (the bundle, a chunk, or a source file) for the package's templates folder. */
const findDemoReport = async (start: string): Promise<string | null> => {
  let dir = dirname(fileURLToPath(start));
  for (;;) {
    const candidate = join(dir, demoReport);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
};

/** The figures the demo report links to (`figures/x.png`), or two defaults when it links none. */
const figureNames = (text: string): string[] => {
  const names = [...text.matchAll(/\]\(figures\/([^)\s/]+\.(?:png|jpe?g))\)/gi)].map((m) => m[1]!);
  return names.length > 0 ? [...new Set(names)] : ['architecture.png', 'wandb.png'];
};

/**
 * Copies the package's demo report (found upwards from `start`, a module URL) into a fresh temporary folder, with a
 * tiny PNG for every figure it links to; resolves with the copy's path, or null when the package has no demo report.
 */
export const copyDemoReport = async (start: string): Promise<string | null> => {
  const source = await findDemoReport(start);
  if (source === null) return null;
  const dir = await mkdtemp(join(tmpdir(), demoPrefix));
  const target = join(dir, 'README.md');
  await copyFile(source, target);
  await mkdir(join(dir, 'figures'));
  for (const name of figureNames(await readFile(source, 'utf8')))
    await writeFile(join(dir, 'figures', name), tinyPng);
  return target;
};
