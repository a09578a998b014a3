import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { tempFolders } from '../helpers/temp-folders.js';

const temp = tempFolders();
const root = fileURLToPath(new URL('../..', import.meta.url));

it('should pack a package.json without prepare, restore ours, and install from the tarball without a warning', () => {
  // A copy of the project, so that the pack's build writes the copy's dist/, not the one other tests run.
  const copy = temp('rw-pack-');
  for (const part of ['package.json', '.npmrc', 'bin', 'scripts', 'src', 'templates'])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const before = readFileSync(join(copy, 'package.json'), 'utf8');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', copy], { cwd: copy, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  expect(readFileSync(join(copy, 'package.json'), 'utf8')).toBe(before);
  const tarball = join(copy, packed[0]!.filename);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as { scripts: Record<string, string> };
  expect(Object.keys(manifest.scripts)).not.toContain('prepare');
  expect(Object.keys(manifest.scripts)).not.toContain('prepack');
  expect(packed[0]!.files.map((f) => f.path)).toContain('dist/cli.cjs');

  const project = temp('rw-install-');
  writeFileSync(join(project, 'package.json'), '{"name":"try","version":"1.0.0","private":true}\n');
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    encoding: 'utf8',
  });
  expect([install.status, install.stderr]).toEqual([0, '']);
  const help = spawnSync(join(project, 'node_modules', '.bin', 'report-wizard'), ['--help'], {
    encoding: 'utf8',
  });
  expect([help.status, help.stdout.split('\n')[0]]).toEqual([
    0,
    'report-wizard: fill in and check the DTU 02476 exam report (reports/README.md)',
  ]);
}, 180_000);
