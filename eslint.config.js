// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules the pure core must never reach: it takes strings and returns values. */
const impureModules = [
  'ink',
  'ink-*',
  'react',
  'react/*',
  'conf',
  'execa',
  'remark-parse',
  'unified',
  'mdast-util-to-markdown',
  'node:*',
  'fs',
  'fs/*',
  'child_process',
  'path',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            'bin/*.js',
            'scripts/*.js',
            'bench/*.js',
            'scripts/stubs/*.js',
            'test/helpers/*.mjs',
          ],
          // bench/ and scripts/ hold more plain scripts than the default of 8.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/report/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'src/report is the pure core: pass IO in from src/commands.' },
          ],
        },
      ],
    },
  },
  {
    // The check path has a start-up budget: these modules may only be loaded lazily with import().
    files: [
      'src/cli/**',
      'src/commands/check.ts',
      'src/commands/check-report-file.ts',
      'src/commands/fix.ts',
      'src/commands/parity.ts',
      'src/commands/status.ts',
      'src/commands/answer.ts',
      'src/commands/toggle.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'ink',
                'ink-*',
                'react',
                'conf',
                'execa',
                'remark-parse',
                'unified',
                'mdast-util-to-markdown',
              ],
              allowTypeImports: true,
              message: 'Load UI and process modules with import() so `check` stays fast.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
