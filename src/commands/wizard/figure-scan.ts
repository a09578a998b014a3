import { dirname, join } from 'node:path';
import type { FileSystem } from '../../io/file-system.js';
import type { FigureFile } from '../../ui/image-choices.js';

const imageFile = /\.(png|jpe?g)$/i;

/**
 * The image files in the report's `figures/` folder and beside the report, as paths relative to the report with
 * their modification times, newest first: read each time the picker opens, so a screenshot saved a moment ago is
 * there.
 */
export const figureScan = (fs: FileSystem, reportPath: string) => async (): Promise<FigureFile[]> => {
  const found: FigureFile[] = [];
  for (const folder of ['figures', '']) {
    let names: string[];
    try {
      names = await fs.readdir(join(dirname(reportPath), folder));
    } catch {
      // No figures folder yet: the picker says where to save images.
      continue;
    }
    for (const name of names.filter((n) => imageFile.test(n))) {
      const relative = folder === '' ? name : `${folder}/${name}`;
      const stat = await fs.stat(join(dirname(reportPath), relative)).catch(() => null);
      if (stat?.isFile === true) found.push({ path: relative, modified: stat.modified });
    }
  }
  return found.sort((a, b) => b.modified - a.modified);
};
