import { describe, expect, it } from 'vitest';
import { parseWizardArgs } from '../../src/commands/parse-wizard-args.js';

describe('parseWizardArgs', () => {
  it('should read a path and the flags', () => {
    expect(parseWizardArgs(['reports', '--question', '12', '--fresh'])).toEqual({
      path: 'reports',
      question: 12,
      checklist: false,
      fresh: true,
    });
    expect(parseWizardArgs(['--question=3'])).toMatchObject({ path: undefined, question: 3 });
    expect(parseWizardArgs(['--checklist'])).toMatchObject({ checklist: true });
  });

  it('should refuse what it does not know with one line', () => {
    expect(() => parseWizardArgs(['--bogus'])).toThrow('Unknown option --bogus.');
    expect(() => parseWizardArgs(['--question', 'x'])).toThrow('--question needs a question number.');
    expect(() => parseWizardArgs(['a', 'b'])).toThrow('Expected one report path, got a and b.');
    expect(() => parseWizardArgs(['--question', '1', '--checklist'])).toThrow(
      'Use either --question or --checklist, not both.',
    );
  });
});
