import { access, copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../cli/cli-io.js';
import { commandSpecs } from '../cli/command-specs.js';
import { ExitCode } from '../cli/exit-codes.js';
import { parseCommandArgs, usageError } from '../cli/parse-command-args.js';
import { visibleText } from '../report/visible-text.js';
import { type WizardDeps, wizard } from './wizard.js';

/** Where the demo report lives inside the package. */
const demoReport = join('templates', 'demo', 'README.md');

// A valid 1x1 PNG: enough for the image picker and report.py's image count.
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Searches upwards from `start` (the bundle, a chunk, or this source file) for the package's templates folder. */
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

/** `report-wizard demo`: copies the demo report into a fresh temporary folder and opens the wizard on it. */
export const demo = async (args: string[], io: CliIo, deps: WizardDeps = {}): Promise<number> => {
  // Flags are checked before anything is copied, and the demo opens its own report only.
  if (parseCommandArgs(commandSpecs.demo, args).positionals.length > 0) {
    throw usageError(commandSpecs.demo, 'demo takes no report path: it opens a copy of the demo report');
  }
  const source = await findDemoReport(import.meta.url);
  if (source === null) {
    io.stderr.write(
      'report-wizard: the demo report (templates/demo/README.md) is missing from this installation.\n',
    );
    return ExitCode.usage;
  }
  const dir = await mkdtemp(join(tmpdir(), 'report-wizard-demo-'));
  const target = join(dir, 'README.md');
  await copyFile(source, target);
  await mkdir(join(dir, 'figures'));
  for (const name of figureNames(await readFile(source, 'utf8')))
    await writeFile(join(dir, 'figures', name), tinyPng);
  const code = await wizard([target, ...args], io, deps);
  io.stderr.write(`The demo report is at ${visibleText(target)}\n`);
  return code;
};
