// Which bundle each command lives in, read from its spec (src/commands/command-specs.ts, `bundle`), for the scripts
// and configs that are plain JavaScript: scripts/build.js and eslint.config.js. The spec file imports nothing, so
// esbuild's transform and a vm context run it as it is.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const source = readFileSync(new URL('../src/commands/command-specs.ts', import.meta.url), 'utf8');
const module = { exports: {} };
runInNewContext(transformSync(source, { loader: 'ts', format: 'cjs' }).code, {
  module,
  exports: module.exports,
});

/** Every command's name and bundle (`core`, `wizard` or `lazy`), in the specs' order. */
export const commandBundles = Object.values(module.exports.commandSpecs).map(({ name, bundle }) => ({
  name,
  bundle,
}));

/** The names of the commands in `bundle`. */
export const commandsIn = (bundle) => commandBundles.filter((c) => c.bundle === bundle).map((c) => c.name);
