// Registered with `node --import`: prints every file CommonJS loaded (one cache for every require) at exit.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  for (const file of Object.keys(require.cache)) process.stderr.write(`REQUIRED ${file}\n`);
});
