import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { commandSpecs } from '../../src/commands/command-specs.js';
import { commandBundles } from '../../scripts/command-bundles.js';
import { requireCurrentDist } from '../helpers/current-dist.js';

const root = join(import.meta.dirname, '../..');
const specs = Object.values(commandSpecs);

describe('the bundle each command spec names', () => {
  beforeAll(requireCurrentDist);

  it('should be what the build script and ESLint read, for every command', () => {
    expect(commandBundles).toEqual(specs.map(({ name, bundle }) => ({ name, bundle })));
  });

  it('should give every spec a loader in src/cli/commands.ts, and no loader without a spec', () => {
    expect(Object.keys(commands).sort()).toEqual(specs.map((spec) => spec.name).sort());
  });

  it('should put each lazy command in its own chunk and leave the core without its code', () => {
    const core = readFileSync(join(root, 'dist/core.cjs'), 'utf8');
    for (const { name, bundle } of specs) {
      expect(existsSync(join(root, `dist/lazy/${name}.js`))).toBe(bundle === 'lazy');
      // The core holds a stub per lazy command that loads it from dist/lazy/ (or from the wizard bundle).
      if (bundle === 'lazy') expect(core).toContain(`./lazy/${name}.js`);
      if (bundle === 'wizard') expect(core).toContain(`reportWizardRequire("wizard").${name}(`);
    }
  });

  it('should build the code-cached bundles as ASCII, which load-core reads as latin1 without decoding', () => {
    for (const bundle of ['dist/core.cjs', 'dist/lazy/wizard.cjs']) {
      const bytes = readFileSync(join(root, bundle));
      expect(
        bytes.findIndex((byte) => byte > 0x7f),
        bundle,
      ).toBe(-1);
    }
  });
});
