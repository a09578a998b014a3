import { describe, expect, it } from 'vitest';
import { pythonCandidates } from '../../src/parity/python-candidates.js';

const files =
  (...paths: string[]) =>
  (path: string): Promise<boolean> =>
    Promise.resolve(paths.includes(path));

describe('pythonCandidates', () => {
  it('should try only --python when it is given', async () => {
    const found = await pythonCandidates({
      python: 'py3.12',
      env: { REPORT_WIZARD_PYTHON: '/opt/python' },
      reportDir: '/g/reports',
      isFile: files('/g/.venv/bin/python'),
    });
    expect(found).toEqual([{ command: 'py3.12', source: '--python' }]);
  });

  it('should try only REPORT_WIZARD_PYTHON when it is set and --python is not', async () => {
    const found = await pythonCandidates({
      env: { REPORT_WIZARD_PYTHON: '/opt/python' },
      reportDir: '/g/reports',
      isFile: files(),
    });
    expect(found).toEqual([{ command: '/opt/python', source: 'REPORT_WIZARD_PYTHON' }]);
  });

  it('should find the project .venv walking up from the report, then python3 and python', async () => {
    const found = await pythonCandidates({
      env: {},
      reportDir: '/home/s/group/reports',
      isFile: files('/home/s/group/.venv/bin/python', '/home/.venv/bin/python'),
    });
    expect(found).toEqual([
      { command: '/home/s/group/.venv/bin/python', source: '.venv' },
      { command: 'python3', source: 'PATH' },
      { command: 'python', source: 'PATH' },
    ]);
  });

  it('should look for Scripts/python.exe on Windows', async () => {
    const found = await pythonCandidates({
      env: { REPORT_WIZARD_PYTHON: '' },
      reportDir: '/g/reports',
      isFile: files('/g/reports/.venv/Scripts/python.exe'),
      platform: 'win32',
    });
    expect(found[0]).toEqual({ command: '/g/reports/.venv/Scripts/python.exe', source: '.venv' });
  });

  it('should fall back to python3 and python when there is no .venv up to the root', async () => {
    const found = await pythonCandidates({ env: {}, reportDir: '/g/reports', isFile: files() });
    expect(found.map((c) => c.command)).toEqual(['python3', 'python']);
  });
});
