// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'test-results/', 'playwright-report/', 'blob-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      // process.env belongs to lib/config.ts alone, so every variable is validated in one place.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings from lib/config.ts.' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['lib/config.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Commands and development tools talk to a person on the terminal.
  { files: ['commands/**', 'dev/**'], rules: { 'no-console': 'off' } },
);
