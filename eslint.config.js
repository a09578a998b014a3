// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { commandBundles } from './scripts/command-bundles.js';

/** Modules the pure core must never reach: it takes strings and returns values. */
const impureModules = [
  'ink',
  'ink-*',
  'react',
  'react/*',
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
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
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
            {
              // The core is a layer below every other folder of src/: nothing of theirs by relative path either.
              regex: '^(?:\\.\\./)+(?:ui|io|cli|commands|git|parity|preview|evidence)/',
              message: 'src/report is the pure core: it imports nothing from the folders that use it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The check path has a start-up budget: these modules may only be loaded lazily with import(). It is the core
    // bundle: src/cli and src/commands but the commands whose spec puts them in another bundle.
    files: ['src/cli/**', 'src/commands/**'],
    ignores: commandBundles.filter((c) => c.bundle !== 'core').map((c) => `src/commands/${c.name}.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['ink', 'ink-*', 'react', 'execa', 'remark-parse', 'unified', 'mdast-util-to-markdown'],
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
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
