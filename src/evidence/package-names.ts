import type { RepositoryFile } from './repository-snapshot.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names the cookiecutter template filled in for this repository, as one pattern: package folders
 * (`src/NAME/__init__.py`, `NAME/__init__.py`) and the `name` in pyproject.toml. Null when there is none.
 */
export const packageNames = (files: readonly RepositoryFile[]): RegExp | null => {
  const names = new Set<string>();
  for (const file of files) {
    const match = /^(?:src\/)?([\w-]+)\/__init__\.py$/.exec(file.path);
    if (match && !['src', 'tests', 'test', 'data', 'models', 'visualizations'].includes(match[1]!))
      names.add(match[1]!);
    if (file.path === 'pyproject.toml' && file.text !== null) {
      const name = /^name\s*=\s*["']([^"']+)["']/m.exec(file.text);
      if (name) {
        names.add(name[1]!);
        names.add(name[1]!.replace(/-/g, '_'));
      }
    }
  }
  if (names.size === 0) return null;
  const sorted = [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w-])(?:${sorted.map(escape).join('|')})(?![\\w-])`, 'g');
};
