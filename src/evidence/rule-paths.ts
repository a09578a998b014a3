/**
 * A repository path as rules see it: itself and, inside the project's folder `base` (the folder above `reports/`
 * when it is not the root), also relative to that folder, so root-anchored rules match there too.
 */
export const rulePaths = (base: string | undefined): ((path: string) => string[]) => {
  const prefix = base ? `${base}/` : null;
  return (path) => (prefix !== null && path.startsWith(prefix) ? [path, path.slice(prefix.length)] : [path]);
};
