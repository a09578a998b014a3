import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { suggestCommand } from '../../src/commands/suggest-command.js';
import { makeIo } from '../helpers/make-io.js';

const names = ['check', 'status', 'answer', 'toggle', 'fix', 'parity', 'demo'];

describe('suggestCommand', () => {
  it('should name the command a typo meant', () => {
    expect(suggestCommand('chek', names)).toBe('check');
    expect(suggestCommand('stauts', names)).toBe('status');
    expect(suggestCommand('Toggel', names)).toBe('toggle');
    expect(suggestCommand('fxi', names)).toBe('fix');
  });

  it('should suggest nothing for a word close to no command', () => {
    expect(suggestCommand('reports', names)).toBeNull();
    expect(suggestCommand('README.md', names)).toBeNull();
  });
});

describe('a mistyped command', () => {
  it('should be suggested with exit 2 instead of read as a missing report', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['chek', '--json'], io)).toBe(2);
    expect(out.stderr).toBe(
      'report-wizard: "chek" is not a command or a file: did you mean "report-wizard check"? (see report-wizard --help)\n',
    );
    expect(out.stdout).toBe('');
  });

  it('should still open a file or folder of that name as the report', async () => {
    const { io, out, put } = makeIo();
    put('chek', 'not a report');
    expect(await runCli(['chek'], io)).toBe(2);
    expect(out.stderr).toMatch(/chek is not an exam report/);
  });
});
