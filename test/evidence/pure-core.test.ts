import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The matching engine takes the repository as values; the scanning around it is IO. ESLint guards src/report/ only.
const pure = [
  'classify-file.ts',
  'evidence-counts.ts',
  'evidence-rules.ts',
  'find-evidence.ts',
  'glob-tail.ts',
  'glob-to-regexp.ts',
  'indexed-file.ts',
  'line-key.ts',
  'match-rule.ts',
  'package-names.ts',
  'read-repository-file.ts',
  'required-literals.ts',
  'repository-snapshot.ts',
  'rule-paths.ts',
  'source-files.ts',
  'template-path.ts',
  'wanted-files.ts',
];

it('should keep the evidence engine free of node:, execa and the IO modules', () => {
  const imports = pure.flatMap((file) =>
    [
      ...readFileSync(join(import.meta.dirname, '../../src/evidence', file), 'utf8').matchAll(
        /from '([^']+)'/g,
      ),
    ].map((m) => `${file}: ${m[1]}`),
  );
  expect(imports.filter((i) => !/: \.\/[\w-]+\.js$|: \.\.\/report\/[\w-]+\.js$/.test(i))).toEqual([]);
});
