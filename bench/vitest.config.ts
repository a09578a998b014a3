import { defineConfig } from 'vitest/config';

/**
 * Benchmarks that need the TypeScript sources (run with vitest, kept out of the test suite). They run React and the
 * JSX runtime as the published bundle does (production): vitest's default, development React, checks and warns on
 * every render and took 40% longer per key.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', development: false } },
  test: { include: ['bench/**/*.bench.tsx'], testTimeout: 60_000, env: { NODE_ENV: 'production' } },
});
