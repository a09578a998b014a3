// Bundles the CLI into dist/ so the published package has no runtime dependencies:
// - dist/core.cjs: every command but wizard, demo, parity, evidence and preview, in one CommonJS file, run by
//   dist/cli.cjs through a V8 code cache (see src/cli/load-core.ts) so `check` starts fast;
// - dist/lazy/wizard.cjs: the wizard and demo with Ink and React, one CommonJS file run through a code cache of its
//   own, like the core (an ES module cannot be given one): the wizard's first frame;
// - dist/cli.cjs: that loader, which the CommonJS bin/report-wizard.js requires (no ES-module loader on `check`'s
//   path); dist/cli.js imports it, for whoever imports the old entry;
// - dist/lazy/: parity, evidence, preview and status's evidence counts with execa, split into ES-module chunks.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandsIn } from './command-bundles.js';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// Each command's spec says its bundle (src/commands/command-specs.ts): `lazy` ones are ES-module chunks in dist/lazy/;
const lazyCommands = commandsIn('lazy');
// `wizard` ones are in dist/lazy/wizard.cjs, loaded with the code cache by globalThis.reportWizardRequire.
const cachedCommands = commandsIn('wizard');
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

const buildId = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * In the core, a lazy command (or module) is a stub that loads the real one from dist/lazy/ when it runs: the wizard
 * and demo from wizard.cjs, the others by importing their ES module.
 */
const lazyCommandStubs = {
  name: 'lazy-command-stubs',
  setup(b) {
    b.onResolve(
      {
        filter: new RegExp(
          `^\\.\\./(?:commands/(?:${[...cachedCommands, ...lazyCommands].join('|')})|evidence/status-evidence)\\.js$`,
        ),
      },
      (args) => ({
        path: args.path.slice(args.path.lastIndexOf('/') + 1, -'.js'.length),
        namespace: 'lazy-command',
      }),
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-command' }, ({ path: name }) => ({
      contents: cachedCommands.includes(name)
        ? `export const ${name} = async (...args) => globalThis.reportWizardRequire('wizard').${name}(...args);`
        : `export const ${camelCase(name)} = async (...args) => (await globalThis.reportWizardImport('./lazy/${name}.js')).${camelCase(name)}(...args);`,
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

// yoga-layout's Emscripten loader, made to export its inlined WebAssembly for scripts/stubs/yoga-layout.js.
const yogaLoader = /yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/;
/** Replaces each of `edits` ([from, to]) in `source` once, or fails the build when `file` has changed upstream. */
const edit = (file, source, edits) =>
  edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`${file}: no "${from}" (the package changed?)`);
    return text.replace(from, to);
  }, source);

/**
 * The wizard bundle is CommonJS, which has no top-level await: Yoga is started synchronously (see the stub), and Ink's
 * two awaits, both only under DEV=true, go (React devtools, which the bundle leaves out anyway, and the package.json
 * it reports to them).
 */
const noTopLevelAwait = {
  name: 'no-top-level-await',
  setup(b) {
    b.onLoad({ filter: /ink\/build\/reconciler\.js$/ }, async ({ path }) => ({
      contents: edit(path, await readFile(path, 'utf8'), [
        ["await import('./devtools.js');", '/* React devtools: not in the bundle */'],
        ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
      ]),
      loader: 'js',
    }));
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({
      path: fileURLToPath(new URL('stubs/yoga-layout.js', import.meta.url)),
    }));
    b.onLoad({ filter: yogaLoader }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const binary = /H="(data:application\/octet-stream;base64,[A-Za-z0-9+/=]+)"/.exec(source);
      if (binary === null) throw new Error(`${path}: no inlined WebAssembly found (yoga-layout changed?)`);
      return {
        contents: `export const yogaWasmDataUri = "${binary[1]}";\n${edit(path, source, [[binary[0], 'H=yogaWasmDataUri']])}`,
        loader: 'js',
      };
    });
  },
};
/**
 * Ink draws only the last frame, at exit, when it sees CI=true (or CONTINUOUS_INTEGRATION): a student whose shell
 * exports it got a blank wizard. The wizard runs only where stdin and stdout are terminals (it refuses otherwise), so
 * Ink's CI mode never applies to it: its `is-in-ci` is false in the bundle.
 */
const wizardNeverInCi = {
  name: 'wizard-never-in-ci',
  setup(b) {
    b.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: 'is-in-ci', namespace: 'never-in-ci' }));
    b.onLoad({ filter: /.*/, namespace: 'never-in-ci' }, () => ({
      contents: 'export default false;\n',
      loader: 'js',
    }));
  },
};
// The string-width the project depends on (src/ui/plain-width.ts is checked against it); others are only made lazy.
const checkedStringWidth = fileURLToPath(new URL('../node_modules/string-width/index.js', import.meta.url));
/**
 * Every string-width in the wizard bundle loads only when first asked about text it alone can measure (see
 * src/ui/lazy-string-width.ts): Ink, its dependencies and the app import it, and loading it costs tens of ms.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async ({ resolveDir, kind, pluginData }) => {
      if (pluginData === 'real') return undefined;
      const real = await b.resolve('string-width', { resolveDir, kind, pluginData: 'real' });
      return real.errors.length > 0 ? real : { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, ({ path }) => ({
      contents: [
        `import { lazyStringWidth } from ${JSON.stringify(fileURLToPath(new URL('../src/ui/lazy-string-width.ts', import.meta.url)))};`,
        `export default lazyStringWidth(() => require(${JSON.stringify(path)}).default, ${path === checkedStringWidth});`,
      ].join('\n'),
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};
// The grapheme segmenters Ink's ANSI tokenizer and slice-ansi make when they load.
const segmenterModules = /(?:@alcalzone\/ansi-tokenize\/build\/tokenize|slice-ansi\/tokenize-ansi)\.js$/;
const newSegmenter = /new Intl\.Segmenter\(undefined, ?\{ ?granularity: ["']grapheme["'] ?\}\)/g;
/**
 * Those segmenters are src/ui/grapheme-segmenter.ts's, made only for text that needs one: the first Intl.Segmenter of
 * a process loads ICU's break rules (about 97 M instructions), and Ink tokenizes every line of every frame with it.
 */
const lazyGraphemeSegmenter = {
  name: 'lazy-grapheme-segmenter',
  setup(b) {
    b.onLoad({ filter: segmenterModules }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if ((source.match(newSegmenter) ?? []).length !== 1)
        throw new Error(`${path}: not one "new Intl.Segmenter(...)" (the package changed?)`);
      return {
        contents: [
          `import { graphemeSegmenter as reportWizardSegmenter } from ${JSON.stringify(fileURLToPath(new URL('../src/ui/grapheme-segmenter.ts', import.meta.url)))};`,
          source.replace(newSegmenter, 'reportWizardSegmenter'),
        ].join('\n'),
        resolveDir: dirname(path),
        loader: 'js',
      };
    });
  },
};
await build({
  ...common,
  stdin: {
    contents: cachedCommands.map((name) => `export { ${name} } from './src/commands/${name}.ts';`).join('\n'),
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    sourcefile: 'wizard-bundle.ts',
    loader: 'ts',
  },
  outfile: 'dist/lazy/wizard.cjs',
  format: 'cjs',
  external: ['react-devtools-core'],
  // demo finds the templates folder from its own file, which vm runs with this __filename.
  define: { ...common.define, 'import.meta.url': '__reportWizardUrl' },
  banner: { js: 'var __reportWizardUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [noTopLevelAwait, lazyStringWidth, lazyGraphemeSegmenter, wizardNeverInCi],
});
await build({
  ...common,
  entryPoints: ['src/cli/load-core.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  plugins: [lazyBuiltins],
  define: {
    ...common.define,
    CORE_BUILD_ID: JSON.stringify(buildId(await readFile(new URL('../dist/core.cjs', import.meta.url)))),
    WIZARD_BUILD_ID: JSON.stringify(
      buildId(await readFile(new URL('../dist/lazy/wizard.cjs', import.meta.url))),
    ),
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
  entryPoints: {
    ...Object.fromEntries(lazyCommands.map((name) => [name, `src/commands/${name}.ts`])),
    ...lazyModules,
  },
  outdir: 'dist/lazy',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
