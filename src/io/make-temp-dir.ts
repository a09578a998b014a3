import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates a new private folder (0700) in the OS temp folder, named `prefix` and a random suffix; kept after exit. */
export const makeTempDir = async (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix));
