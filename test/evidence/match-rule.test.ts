import { describe, expect, it } from 'vitest';
import rules from '../../templates/evidence.json' with { type: 'json' };
import type { EvidenceRules } from '../../src/evidence/evidence-rules.js';
import { matchRule } from '../../src/evidence/match-rule.js';
import { moduleTags } from '../../src/report/parse-checklist.js';

const ruleFor = (text: string): string | null =>
  (rules as EvidenceRules).rules.find((r) => matchRule(r, { text, modules: moduleTags(text) }))?.id ?? null;

describe('matchRule with templates/evidence.json', () => {
  it("should match every generation's wording of an item to the same rule", () => {
    expect(
      [
        'Construct one or multiple docker files for your code',
        'Construct one or multiple docker files for your code (M10)',
        'Fill out the `make_dataset.py` file such that it downloads whatever data you need and',
        'Fill out the `data.py` file such that it downloads whatever data you need and preprocesses it (if necessary) (M6)',
        'Get some continuous integration running on the github repository',
        'Get some continuous integration running on the GitHub repository (M17)',
        'Setup monitoring for the system telemetry of your deployed model',
        'Instrument your API with a couple of system metrics (M28)',
      ].map(ruleFor),
    ).toEqual([
      'docker-files',
      'docker-files',
      'data-script',
      'data-script',
      'continuous-integration',
      'continuous-integration',
      'system-metrics',
      'system-metrics',
    ]);
  });

  it('should leave items that cannot leave a trace without a rule', () => {
    expect(
      [
        'Make sure all group members have an understanding about all parts of the project',
        'Revisit your initial project description. Did the project turn out as you wanted?',
        'Make sure that all team members have write access to the GitHub repository (M5)',
      ].map(ruleFor),
    ).toEqual([null, null, null]);
  });

  it("should not give a tagged item a rule of another module's", () => {
    expect(ruleFor('Construct one or multiple docker files for your code (M21)')).toBe(null);
  });
});
