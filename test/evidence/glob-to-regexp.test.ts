import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/evidence/glob-to-regexp.js';

const matches = (glob: string, paths: string[]) => paths.filter((p) => globToRegExp(glob).test(p));

describe('globToRegExp', () => {
  it('should match any folders, or none, for **/', () => {
    expect(
      matches('**/*.dockerfile', [
        'train.dockerfile',
        'dockerfiles/api.dockerfile',
        'a/b/c.dockerfile',
        'x.py',
      ]),
    ).toEqual(['train.dockerfile', 'dockerfiles/api.dockerfile', 'a/b/c.dockerfile']);
  });

  it('should keep a pattern without a slash at the root, and * within one name', () => {
    expect(matches('tasks.py', ['tasks.py', 'src/tasks.py'])).toEqual(['tasks.py']);
    expect(
      matches('.github/workflows/*.y*ml', ['.github/workflows/ci.yml', '.github/workflows/a/b.yaml']),
    ).toEqual(['.github/workflows/ci.yml']);
  });

  it('should match case-insensitively and take {a,b} and ?', () => {
    expect(matches('**/Dockerfile*', ['app/dockerfile', 'Dockerfile.api'])).toEqual([
      'app/dockerfile',
      'Dockerfile.api',
    ]);
    expect(
      matches('{conf,configs}/?.yaml', ['conf/a.yaml', 'configs/b.yaml', 'configs/bb.yaml', 'x/c.yaml']),
    ).toEqual(['conf/a.yaml', 'configs/b.yaml']);
  });
});
