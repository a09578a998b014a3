import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failOnNames } from '../../src/commands/fail-on.js';
import { gitRules } from '../../src/git/git-rules.js';
import { lintReport } from '../../src/report/lint-report.js';
import { lintRules } from '../../src/report/lint-rules.js';
import { parseReport } from '../../src/report/parse-report.js';
import { makeReport } from '../helpers/make-report.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the table under the README's "### Lint rules", cells trimmed. */
const readmeRows = (): string[][] => {
  const lines = readme.slice(readme.indexOf('### Lint rules')).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim()),
  );
};

describe('lintRules', () => {
  it('should be what the README lists under "Lint rules", in order, then the git rules', () => {
    expect(readmeRows()).toEqual(
      [...lintRules, ...gitRules].map((rule) => [`\`${rule.id}\``, rule.description, rule.remedy]),
    );
  });

  it('should give each rule its own id, and one file per rule named after it', () => {
    const ids = [...lintRules, ...gitRules].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(new URL('../../src/report/lints/', import.meta.url)).filter((name) =>
      name.endsWith('-rule.ts'),
    );
    expect(files.filter((name) => name !== 'lint-rule.ts').sort()).toEqual(
      lintRules.map((rule) => `${rule.id}-rule.ts`).sort(),
    );
  });

  it('should say in the README how each fixable rule is fixed, and carry a repair when it has its own', () => {
    for (const rule of lintRules) {
      if (rule.fixable !== null) expect(rule.remedy).toContain(`(\`${rule.fixable}\`)`);
      else expect(rule.remedy).not.toMatch(/`fix/);
      // render-code's repair is render-list's pass with --code (a question's list and code edits are checked together).
      if (rule.fix !== undefined) expect(rule.fixable).not.toBeNull();
    }
    expect(
      lintRules.filter((rule) => rule.fixable !== null && rule.fix === undefined).map((r) => r.id),
    ).toEqual(['render-code']);
  });

  it('should only emit lints whose rule the registry names', () => {
    const text = makeReport({
      answers: {
        1: '--- question 1 fill here --- We used uv.',
        4: '<<<<<<< HEAD\nuv\n=======\npip\n>>>>>>> main\n\n## Details\n\nWe ran <run_id> with 99\\% of ~~a~~.\n- a\n\n```bash\nmake\n```\n\n| a | b |\n| - | - |\n\n#tag\n\nend\\\nnext\n\n![x](http://x/y.gif)',
        5: 'It was fast \u201d and\u00a0so on.',
      },
    });
    const emitted = new Set(lintReport(parseReport(text)).map((lint) => lint.rule));
    expect(emitted.size).toBeGreaterThan(12);
    for (const id of emitted) expect(lintRules.map((rule) => rule.id)).toContain(id);
  });

  it('should give --fail-on every rule name and the three groups', () => {
    expect(failOnNames).toEqual([
      'hand-in',
      'fatal',
      'questions',
      ...lintRules.map((rule) => rule.id),
      ...gitRules.map((rule) => rule.id),
    ]);
  });
});
