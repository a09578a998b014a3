import { describe, expect, it } from 'vitest';
import { parseWizardArgs } from '../../src/commands/parse-wizard-args.js';

describe('parseWizardArgs', () => {
  it('should read a path and the flags', () => {
    expect(parseWizardArgs(['reports', '--question', '12', '--fresh'])).toEqual({
      path: 'reports',
      question: 12,
      checklist: false,
      fresh: true,
      python: undefined,
    });
    expect(parseWizardArgs(['--question=3'])).toMatchObject({ path: undefined, question: 3 });
    expect(parseWizardArgs(['--checklist'])).toMatchObject({ checklist: true });
    expect(parseWizardArgs(['--python', '.venv/bin/python', 'r.md'])).toMatchObject({
      path: 'r.md',
      python: '.venv/bin/python',
    });
  });

  it('should refuse what it does not know, as every command does, with the usage line', () => {
    expect(() => parseWizardArgs(['--bogus'])).toThrow(
      "Unknown option '--bogus' (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])",
    );
    expect(() => parseWizardArgs(['--question'])).toThrow(
      "Option '--question <value>' argument missing (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])",
    );
  });

  it('should refuse a bad question number, two paths, and --question with --checklist, with one line', () => {
    expect(() => parseWizardArgs(['--question', 'x'])).toThrow(
      '--question needs a question number (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])',
    );
    expect(() => parseWizardArgs(['a', 'b'])).toThrow(
      'Expected one report path, got "a" and "b" (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])',
    );
    expect(() => parseWizardArgs(['--question', '1', '--checklist'])).toThrow(
      'Use either --question or --checklist, not both (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])',
    );
    expect(parseWizardArgs(['--report', 'r.md', '--fresh'])).toMatchObject({ path: 'r.md', fresh: true });
    expect(() => parseWizardArgs(['a', '--report', 'b'])).toThrow(
      'Give the report once, as PATH or as --report, not both ("a", "b") (usage: report-wizard [PATH | --report PATH] [--question N | --checklist] [--fresh] [--python CMD])',
    );
  });
});
