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

  it('should refuse what it does not know, as parseArgs does for every command', () => {
    expect(() => parseWizardArgs(['--bogus'])).toThrow(
      expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }),
    );
    expect(() => parseWizardArgs(['--question'])).toThrow(
      expect.objectContaining({ code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' }),
    );
  });

  it('should refuse a bad question number, two paths, and --question with --checklist, with one line', () => {
    expect(() => parseWizardArgs(['--question', 'x'])).toThrow('--question needs a question number.');
    expect(() => parseWizardArgs(['a', 'b'])).toThrow('Expected one report path, got a and b.');
    expect(() => parseWizardArgs(['--question', '1', '--checklist'])).toThrow(
      'Use either --question or --checklist, not both.',
    );
  });
});
