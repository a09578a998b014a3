import type { FigureFile } from './image-choices.js';

const spellings = (path: string): string[] => {
  const unwrapped = path.replace(/^<(.*)>$/, '$1');
  try {
    return [unwrapped, decodeURIComponent(unwrapped)];
  } catch {
    return [unwrapped];
  }
};

/**
 * The image lookup and the picker's scan of one wizard run, kept in step: every image the picker finds (a screenshot
 * saved after the wizard started) exists from then on, whatever the folder listings read at start said.
 */
export const liveImageExists = (
  atStart: (path: string) => boolean,
  scan: () => Promise<FigureFile[]>,
): { imageExists: (path: string) => boolean; scanFigures: () => Promise<FigureFile[]> } => {
  const found = new Set<string>();
  return {
    imageExists: (path) => spellings(path).some((spelling) => found.has(spelling)) || atStart(path),
    scanFigures: async () => {
      const files = await scan();
      for (const file of files) found.add(file.path);
      return files;
    },
  };
};
