// Bundles the CLI into dist/ so the published package has no runtime dependencies.
// Code splitting keeps Ink, React, remark, conf and execa out of the chunk that `check` loads.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.NO_MINIFY === undefined,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Production React; Ink only imports react-devtools-core when DEV=true, which the bundle never sets.
  define: { 'process.env.NODE_ENV': '"production"' },
  external: ['react-devtools-core'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
