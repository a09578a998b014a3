import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makeIo } from '../helpers/make-io.js';

it('should list the parity options the command takes, --timeout included, in --help', async () => {
  const { io, out } = makeIo();
  expect(await runCli(['--help'], io)).toBe(0);
  expect(out.stdout.split('\n')).toContain(
    '  report-wizard parity [PATH | --report PATH] [--python CMD] [--json] [--timeout SECONDS]',
  );
});
