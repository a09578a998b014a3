import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../../src/commands/command-specs.js';
import { commands } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run-cli.js';
import { generations } from '../../src/report/generations.js';
import { makeIo } from '../helpers/make-io.js';

describe('command specs', () => {
  it('should have a spec for every command and a command for every spec', () => {
    expect(Object.keys(commandSpecs).sort()).toEqual(Object.keys(commands).sort());
    for (const [name, spec] of Object.entries(commandSpecs)) expect(spec.name).toBe(name);
  });

  it("should offer check's --template choices for exactly the generations report-wizard knows", () => {
    expect(commandSpecs.check.options.template.choices).toEqual(['auto', ...generations.map((g) => g.id)]);
  });

  it('should name only options the spec has in its alternatives, besides the standard-input dash', () => {
    for (const spec of Object.values(commandSpecs)) {
      const names = 'alternatives' in spec ? spec.alternatives.flatMap((group) => group.names) : [];
      expect(names.filter((name) => name !== '-' && !Object.hasOwn(spec.options, name))).toEqual([]);
    }
  });
});

describe('--help', () => {
  it.each(Object.keys(commandSpecs).filter((name) => name !== 'wizard'))(
    'should print the usage of %s for --help and -h, exit 0, and run nothing',
    async (name) => {
      for (const flag of ['--help', '-h']) {
        // No report in the folder: running the command would fail with exit 2.
        const { io, out } = makeIo();
        expect(await runCli([name, flag], io)).toBe(0);
        expect(out.stderr).toBe('');
        expect(out.stdout.startsWith(`Usage: report-wizard ${name} `)).toBe(true);
        expect(out.stdout).toContain('\n  -h, --help');
      }
    },
  );

  it("should print the wizard's usage for --help after a path, and the overview for --help alone", async () => {
    const { io, out } = makeIo();
    expect(await runCli(['reports', '--help'], io)).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe(
      'Usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD]',
    );
    out.stdout = '';
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe(
      'report-wizard: fill in and check the DTU 02476 exam report (reports/README.md)',
    );
  });

  it('should list every command in --help with its usage line and summary, from the specs', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines).toContain('  report-wizard status [PATH | --report PATH] [--json]');
    expect(lines).toContain('  report-wizard toggle ITEM... [PATH | --report PATH] [--json] [--on | --off]');
    expect(lines).toContain(
      '  report-wizard check [PATH... | --report PATH...] [--json | --format text|json|github|compact] [--watch] [--template auto|2023|2024|2025|2026] [--fail-on LIST]',
    );
    for (const spec of Object.values(commandSpecs)) expect(lines).toContain(`      ${spec.summary}`);
  });

  it("should print a command's usage for help COMMAND, as for COMMAND --help", async () => {
    const { io, out } = makeIo();
    expect(await runCli(['help', 'toggle'], io)).toBe(0);
    const viaHelp = out.stdout;
    out.stdout = '';
    expect(await runCli(['toggle', '--help'], io)).toBe(0);
    expect(viaHelp).toBe(out.stdout);
    expect(viaHelp.split('\n')[0]).toBe(
      'Usage: report-wizard toggle ITEM... [PATH | --report PATH] [--json] [--on | --off]',
    );
  });

  it("should print check's options with their help", async () => {
    const { io, out } = makeIo();
    expect(await runCli(['check', '--help'], io)).toBe(0);
    expect(out.stdout).toBe(
      [
        'Usage: report-wizard check [PATH... | --report PATH...] [--json | --format text|json|github|compact] [--watch] [--template auto|2023|2024|2025|2026] [--fail-on LIST]',
        '',
        "Check like report.py: each question's count, target and verdict, the lints, a total.",
        '',
        'Options:',
        '  --report PATH                        a report to check (repeatable); the same as PATH',
        "  --json                               print report.py's figures and the lints as JSON (--format json)",
        '  --format text|json|github|compact    text, JSON, GitHub annotations (and job summary), or compact lines for editors',
        '  --watch                              check again after every save and print what changed (Ctrl+C to stop)',
        "  --template auto|2023|2024|2025|2026  check with that year's report.py; auto: today's, saying when the template is older",
        '  --fail-on LIST                       exit 1 only on these (fatal, questions, lint rules; hand-in), printing only them',
        '  -h, --help                           show this help',
        '',
      ].join('\n'),
    );
  });

  it('should not take --help as the value of an option, nor after --', async () => {
    const { io, out, put } = makeIo();
    put('README.md', '### Question 1\n> Answer:\n');
    expect(await runCli(['answer', '1', '--text=--help'], io)).toBe(0);
    expect(out.stdout).toBe('Question 1 written: report.py refuses the report.\n');
    out.stdout = '';
    expect(await runCli(['check', '--', '--help'], io)).toBe(2);
    expect(out.stderr).toBe('report-wizard: --help: no such file or directory.\n');
  });

  it("should reject an unknown option with the command's usage line, exit 2", async () => {
    const { io, out } = makeIo();
    expect(await runCli(['fix', '--dryrun'], io)).toBe(2);
    expect(out.stderr).toBe(
      "report-wizard: Unknown option '--dryrun' (usage: report-wizard fix [PATH | --report PATH] [--json] [--dry-run] [--code] [--windows])\n",
    );
  });
});
