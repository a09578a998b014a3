import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Whether an image path, relative to the report's folder, names a file: as written, and URL-decoded (`%20`), with
 * `<…>` unwrapped, so `check` and the wizard judge missing images alike.
 */
export const imageExistsNear =
  (reportPath: string) =>
  (relative: string): boolean => {
    const folder = dirname(reportPath);
    const unwrapped = relative.replace(/^<(.*)>$/, '$1');
    let decoded = unwrapped;
    try {
      decoded = decodeURIComponent(unwrapped);
    } catch {
      // A lone % is a literal character in a file name.
    }
    return existsSync(resolve(folder, unwrapped)) || existsSync(resolve(folder, decoded));
  };
