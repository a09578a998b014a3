// Bundles the CLI into dist/ so the published package has no runtime dependencies.
// dist/cli.js holds everything but the wizard and parity, in one file, so `check` loads a single module;
// dist/lazy/ holds the wizard, demo and parity commands, which bring Ink, React, conf and execa, split into chunks.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const lazyCommands = ['wizard', 'demo', 'parity'];

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.NO_MINIFY === undefined,
  legalComments: 'linked',
  // Production React; Ink only imports react-devtools-core when DEV=true, which the bundle never sets.
  define: { 'process.env.NODE_ENV': '"production"', REPORT_WIZARD_VERSION: JSON.stringify(version) },
  external: ['react-devtools-core'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

/** Leaves the lazy commands out of dist/cli.js: it imports them from dist/lazy/ when they run. */
const lazyCommandsExternal = {
  name: 'lazy-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/commands\/(wizard|demo|parity)\.js$/ }, (args) => ({
      path: `./lazy/${args.path.slice('../commands/'.length)}`,
      external: true,
    }));
  },
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  plugins: [lazyCommandsExternal],
});
await build({
  ...common,
  // conf's schema validation (ajv) is never used: see scripts/stubs/ajv.js.
  alias: { 'ajv/dist/2020.js': './scripts/stubs/ajv.js', 'ajv-formats': './scripts/stubs/ajv.js' },
  entryPoints: Object.fromEntries(lazyCommands.map((name) => [name, `src/commands/${name}.ts`])),
  outdir: 'dist/lazy',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
