// Bundles the CLI into dist/ so the published package has no runtime dependencies:
// - dist/core.cjs: every command but wizard, demo and parity, in one CommonJS file, run by dist/cli.js through a V8
//   code cache (see src/cli/load-core.ts) so `check` starts fast;
// - dist/cli.cjs: that loader, which the CommonJS bin/report-wizard.js requires (no ES-module loader on `check`'s
//   path); dist/cli.js imports it, for whoever imports the old entry;
// - dist/lazy/: the wizard, demo, parity and preview commands with Ink, React, conf and execa, split into ES-module chunks.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const lazyCommands = ['wizard', 'demo', 'parity', 'evidence', 'preview'];
// Lazy modules that are not commands: `status` loads its evidence counts only when it runs.
const lazyModules = { 'status-evidence': 'src/evidence/status-evidence.ts' };
const camelCase = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.NO_MINIFY === undefined,
  legalComments: 'linked',
  // Production React; Ink only imports react-devtools-core when DEV=true, which the bundle never sets.
  define: { 'process.env.NODE_ENV': '"production"', REPORT_WIZARD_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
};

/** In the core, a lazy command (or module) is a stub that imports the real one from dist/lazy/ when it runs. */
const lazyCommandStubs = {
  name: 'lazy-command-stubs',
  setup(b) {
    b.onResolve(
      {
        filter: /^\.\.\/(?:commands\/(?:wizard|demo|parity|evidence|preview)|evidence\/status-evidence)\.js$/,
      },
      (args) => ({
        path: args.path.slice(args.path.lastIndexOf('/') + 1, -'.js'.length),
        namespace: 'lazy-command',
      }),
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-command' }, ({ path: name }) => ({
      contents: `export const ${camelCase(name)} = async (...args) => (await globalThis.reportWizardImport('./lazy/${name}.js')).${camelCase(name)}(...args);`,
      loader: 'js',
    }));
  },
};

/**
 * In the CommonJS core, these Node built-ins load on their first call: `check` calls none of them, and loading each
 * when the core starts cost it 2-5 M instructions (fs/promises alone pulls in readline, fs watchers and streams). A
 * built-in is made lazy here, not in the sources, so the sources import it as usual. A wrapper calls or constructs
 * the real function; static members and `instanceof` do not pass through it (nothing in the core uses them).
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:(?:fs\/promises|os|async_hooks|url|child_process)$/ }, (args) =>
      // The wrapper's own require() is of the real built-in.
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async ({ path }) => {
      const real = await import(path);
      // Functions only: a constant imported from one of these fails the build ("no matching export"), not the run.
      const names = Object.keys(real).filter(
        (name) => name !== 'default' && typeof real[name] === 'function',
      );
      const wrappers = names.map(
        (name) =>
          `export function ${name}(...args) { const f = load().${name}; ` +
          `return new.target ? Reflect.construct(f, args) : f.apply(this, args); }`,
      );
      return {
        contents: [`const load = () => require(${JSON.stringify(path)});`, ...wrappers].join('\n'),
        loader: 'js',
      };
    });
  },
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/core.cjs',
  format: 'cjs',
  plugins: [lazyCommandStubs, lazyBuiltins],
});
const core = await readFile(new URL('../dist/core.cjs', import.meta.url));
await build({
  ...common,
  entryPoints: ['src/cli/load-core.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  plugins: [lazyBuiltins],
  define: {
    ...common.define,
    CORE_BUILD_ID: JSON.stringify(createHash('sha256').update(core).digest('hex').slice(0, 16)),
  },
});
await writeFile(new URL('../dist/cli.js', import.meta.url), "import './cli.cjs';\n");
await build({
  ...common,
  format: 'esm',
  external: ['react-devtools-core'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  // conf's schema validation (ajv) is never used: see scripts/stubs/ajv.js.
  alias: { 'ajv/dist/2020.js': './scripts/stubs/ajv.js', 'ajv-formats': './scripts/stubs/ajv.js' },
  entryPoints: {
    ...Object.fromEntries(lazyCommands.map((name) => [name, `src/commands/${name}.ts`])),
    ...lazyModules,
  },
  outdir: 'dist/lazy',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
