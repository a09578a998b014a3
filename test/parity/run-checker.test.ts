import { describe, expect, it } from 'vitest';
import type { Exec, ExecOptions, ExecOutcome } from '../../src/io/exec.js';
import { runChecker } from '../../src/parity/run-checker.js';

const ok = (stderr: string, exitCode = 0): ExecOutcome => ({
  exitCode,
  stdout: '',
  stderr,
  timedOut: false,
  failed: exitCode !== 0,
});
const missing: ExecOutcome = { stdout: '', stderr: '', timedOut: false, failed: true, code: 'ENOENT' };

const fakeExec = (outcomes: Record<string, ExecOutcome>) => {
  const calls: { file: string; args: string[]; options: ExecOptions }[] = [];
  const exec: Exec = (file, args, options) => {
    calls.push({ file, args, options });
    return Promise.resolve(outcomes[file] ?? missing);
  };
  return { exec, calls };
};

const candidates = [
  { command: '/g/.venv/bin/python', source: '.venv' },
  { command: 'python3', source: 'PATH' },
  { command: 'python', source: 'PATH' },
];

describe('runChecker', () => {
  it('should run report.py check in the report folder with the first python that exists', async () => {
    const { exec, calls } = fakeExec({ python3: ok('Total number of questions passed: 4/31\n') });
    const run = await runChecker({
      candidates,
      cwd: '/g/reports',
      env: { HOME: '/h' },
      timeoutSeconds: 5,
      exec,
    });
    expect(run).toEqual({
      kind: 'ran',
      python: { command: 'python3', source: 'PATH' },
      exitCode: 0,
      stdout: '',
      stderr: 'Total number of questions passed: 4/31\n',
    });
    expect(calls.map((c) => c.file)).toEqual(['/g/.venv/bin/python', 'python3']);
    expect(calls[1]!.args).toEqual(['report.py', 'check']);
    expect([calls[1]!.options.cwd, calls[1]!.options.timeout]).toEqual(['/g/reports', 5000]);
  });

  it('should ask for plain output and drop an inherited PYTHONWARNINGS', async () => {
    const { exec, calls } = fakeExec({ python3: ok('') });
    await runChecker({
      candidates,
      cwd: '/g',
      env: { PATH: '/bin', PYTHONWARNINGS: 'ignore', UNSET: undefined },
      timeoutSeconds: 1,
      exec,
    });
    expect(calls[1]!.options.env).toEqual({
      PATH: '/bin',
      _TYPER_STANDARD_TRACEBACK: '1',
      TYPER_STANDARD_TRACEBACK: '1',
      NO_COLOR: '1',
      PYTHONIOENCODING: 'utf-8',
      PYTHONDONTWRITEBYTECODE: '1',
    });
  });

  it('should skip a shim that exits 127 without a traceback', async () => {
    const { exec } = fakeExec({
      '/g/.venv/bin/python': ok('pyenv: python3: command not found\n', 127),
      python3: ok('', 0),
    });
    const run = await runChecker({ candidates, cwd: '/g', env: {}, timeoutSeconds: 1, exec });
    expect(run.kind === 'ran' && run.python.command).toBe('python3');
  });

  it("should skip Windows' Store alias, which exits 9009", async () => {
    const { exec } = fakeExec({
      '/g/.venv/bin/python': ok('Python was not found; run without arguments to install', 9009),
    });
    const run = await runChecker({ candidates, cwd: '/g', env: {}, timeoutSeconds: 1, exec });
    expect(run.kind).toBe('no-python');
  });

  it('should list every python it tried when none exists', async () => {
    const { exec } = fakeExec({});
    expect(await runChecker({ candidates, cwd: '/g', env: {}, timeoutSeconds: 1, exec })).toEqual({
      kind: 'no-python',
      tried: candidates,
    });
  });

  it('should stop at a timeout without trying the next python', async () => {
    const { exec, calls } = fakeExec({
      '/g/.venv/bin/python': { stdout: '', stderr: '', timedOut: true, failed: true },
    });
    const run = await runChecker({ candidates, cwd: '/g', env: {}, timeoutSeconds: 7, exec });
    expect(run).toEqual({ kind: 'timeout', python: candidates[0], seconds: 7 });
    expect(calls).toHaveLength(1);
  });

  it('should report a python that cannot be started for another reason', async () => {
    const { exec } = fakeExec({
      '/g/.venv/bin/python': {
        stdout: '',
        stderr: '',
        timedOut: false,
        failed: true,
        code: 'EACCES',
        shortMessage: 'Command failed with EACCES: /g/.venv/bin/python report.py check',
      },
    });
    expect(await runChecker({ candidates, cwd: '/g', env: {}, timeoutSeconds: 1, exec })).toEqual({
      kind: 'failed',
      python: candidates[0],
      message: 'Command failed with EACCES: /g/.venv/bin/python report.py check',
    });
  });
});
