import { defineConfig } from 'vitest/config';

/** Benchmarks that need the TypeScript sources (run with vitest, kept out of the test suite). */
export default defineConfig({
  test: { include: ['bench/**/*.bench.tsx'], testTimeout: 60_000 },
});
