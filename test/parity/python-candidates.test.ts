import { describe, expect, it } from 'vitest';
import { type PythonPathInfo, pythonCandidates } from '../../src/parity/python-candidates.js';

const me = 1000;
const dir = (uid = me): PythonPathInfo => ({ isFile: false, uid });
/** A venv's python: by default the current user's link to root's python, as `python -m venv` makes it. */
const file = (uid = 0): Entry => ({
  link: { isFile: false, uid: me, isSymlink: true },
  to: { isFile: true, uid },
});
/** A symbolic link (the entry itself) and what it leads to. */
interface Link {
  link: PythonPathInfo;
  to: PythonPathInfo | null;
}
type Entry = PythonPathInfo | Link;
const isLink = (entry: Entry): entry is Link => 'link' in entry;
/**
 * A file system of the given paths, anything else missing, except that a folder holding a listed path is there and
 * the current user's.
 */
const tree = (paths: Record<string, Entry>) => {
  const entry = (path: string): Entry | null =>
    paths[path] ?? (Object.keys(paths).some((p) => p.startsWith(`${path}/`)) ? dir() : null);
  return {
    stat: (path: string): Promise<PythonPathInfo | null> => {
      const found = entry(path);
      return Promise.resolve(found === null ? null : isLink(found) ? found.to : found);
    },
    lstat: (path: string): Promise<PythonPathInfo | null> => {
      const found = entry(path);
      return Promise.resolve(found === null ? null : isLink(found) ? found.link : found);
    },
  };
};
const search = (reportDir: string, paths: Record<string, Entry>) => ({
  env: {},
  reportDir,
  ...tree(paths),
  uid: () => me,
});
const fallback = [
  { command: 'python3', source: 'PATH' },
  { command: 'python', source: 'PATH' },
];
const venv = (command: string) => [{ command, source: '.venv' }, ...fallback];

describe('pythonCandidates', () => {
  it('should try only --python when it is given', async () => {
    const found = await pythonCandidates({
      ...search('/g/reports', { '/g/.git': dir(), '/g/.venv': dir(), '/g/.venv/bin/python': file() }),
      python: 'py3.12',
      env: { REPORT_WIZARD_PYTHON: '/opt/python' },
    });
    expect(found).toEqual([{ command: 'py3.12', source: '--python' }]);
  });

  it('should try only REPORT_WIZARD_PYTHON when it is set and --python is not', async () => {
    const found = await pythonCandidates({
      ...search('/g/reports', {}),
      env: { REPORT_WIZARD_PYTHON: '/opt/python' },
    });
    expect(found).toEqual([{ command: '/opt/python', source: 'REPORT_WIZARD_PYTHON' }]);
  });

  it('should find the repository root .venv from the report folder, then python3 and python', async () => {
    const found = await pythonCandidates(
      search('/home/s/group/reports', {
        '/home/s/group/.git': dir(),
        '/home/s/group/.venv': dir(),
        '/home/s/group/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(venv('/home/s/group/.venv/bin/python'));
  });

  it('should take the nearest .venv between the report and the root', async () => {
    const found = await pythonCandidates(
      search('/home/s/group/reports', {
        '/home/s/group/.git': dir(),
        '/home/s/group/.venv': dir(),
        '/home/s/group/.venv/bin/python': file(),
        '/home/s/group/reports/.venv': dir(),
        '/home/s/group/reports/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(venv('/home/s/group/reports/.venv/bin/python'));
  });

  it('should never look above the repository root', async () => {
    const found = await pythonCandidates(
      search('/home/s/group/reports', {
        '/home/s/group/.git': dir(),
        '/home/s/.venv': dir(),
        '/home/s/.venv/bin/python': file(),
        '/.venv': dir(),
        '/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(fallback);
  });

  it('should count a .git file (a worktree or submodule) as the repository root', async () => {
    const found = await pythonCandidates(
      search('/w/h3/reports', {
        '/w/h3/.git': file(me),
        '/w/.git': dir(),
        '/w/.venv': dir(),
        '/w/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(fallback);
  });

  it('should look only in the report folder outside a repository', async () => {
    const paths = { '/g/.venv': dir(), '/g/.venv/bin/python': file() };
    expect(await pythonCandidates(search('/g/reports', paths))).toEqual(fallback);
    expect(
      await pythonCandidates(
        search('/g/reports', {
          ...paths,
          '/g/reports/.venv': dir(),
          '/g/reports/.venv/bin/python': file(),
        }),
      ),
    ).toEqual(venv('/g/reports/.venv/bin/python'));
  });

  it('should pass over a .venv another user owns, and use the next one up that is ours', async () => {
    const paths = {
      '/g/.git': dir(),
      '/g/reports/.venv': dir(0),
      '/g/reports/.venv/bin/python': file(me),
    };
    expect(await pythonCandidates(search('/g/reports', paths))).toEqual(fallback);
    expect(
      await pythonCandidates(
        search('/g/reports', { ...paths, '/g/.venv': dir(), '/g/.venv/bin/python': file() }),
      ),
    ).toEqual(venv('/g/.venv/bin/python'));
  });

  it("should pass over a .venv that is another user's link, though it leads to a folder of ours", async () => {
    const found = await pythonCandidates(
      search('/g/reports', {
        '/g/.git': dir(),
        '/g/.venv': { link: { isFile: false, uid: 1001, isSymlink: true }, to: dir() },
        '/g/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(fallback);
  });

  it("should take a .venv that is our own link to a folder of ours, but not one to root's folder", async () => {
    const ours = { link: { isFile: false, uid: me, isSymlink: true }, to: dir() };
    const paths = { '/g/.git': dir(), '/g/.venv': ours, '/g/.venv/bin/python': file() };
    expect(await pythonCandidates(search('/g/reports', paths))).toEqual(venv('/g/.venv/bin/python'));
    const toRoot = { ...paths, '/g/.venv': { ...ours, to: dir(0) } };
    expect(await pythonCandidates(search('/g/reports', toRoot))).toEqual(fallback);
  });

  it("should pass over a .venv whose bin folder or python is another user's", async () => {
    const base = { '/g/.git': dir(), '/g/.venv': dir() };
    const cases = [
      { ...base, '/g/.venv/bin': dir(1001), '/g/.venv/bin/python': file() },
      {
        ...base,
        '/g/.venv/bin/python': {
          link: { isFile: false, uid: 1001, isSymlink: true },
          to: { isFile: true, uid: 0 },
        },
      },
      { ...base, '/g/.venv/bin/python': file(1001) },
      { ...base, '/g/.venv/bin/python': { isFile: true, uid: 1001 } },
    ];
    for (const paths of cases) expect(await pythonCandidates(search('/g/reports', paths))).toEqual(fallback);
    expect(
      await pythonCandidates(
        search('/g/reports', { ...base, '/g/.venv/bin/python': { isFile: true, uid: me } }),
      ),
    ).toEqual(venv('/g/.venv/bin/python'));
  });

  it('should pass over a .venv without a python in it', async () => {
    const found = await pythonCandidates(
      search('/g/reports', {
        '/g/.git': dir(),
        '/g/reports/.venv': dir(),
        '/g/reports/.venv/bin': dir(),
        '/g/.venv': dir(),
        '/g/.venv/bin/python': file(),
      }),
    );
    expect(found).toEqual(venv('/g/.venv/bin/python'));
  });

  it('should trust no .venv when the current user is unknown', async () => {
    const found = await pythonCandidates({
      ...search('/g/reports', { '/g/.git': dir(), '/g/.venv': dir(), '/g/.venv/bin/python': file() }),
      uid: () => undefined,
    });
    expect(found).toEqual(fallback);
  });

  it('should look for Scripts/python.exe on Windows, where ownership is not checked', async () => {
    const found = await pythonCandidates({
      ...search('/g/reports', {
        '/g/.git': dir(),
        '/g/reports/.venv': dir(0),
        '/g/reports/.venv/bin/python': file(),
        '/g/reports/.venv/Scripts/python.exe': file(),
      }),
      env: { REPORT_WIZARD_PYTHON: '' },
      uid: () => undefined,
      platform: 'win32',
    });
    expect(found).toEqual(venv('/g/reports/.venv/Scripts/python.exe'));
  });
});
