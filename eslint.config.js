import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Imports flow one way: the core never reaches into entrypoints, components or scripts.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/entrypoints/**', '**/components/**', '**/scripts/**', 'wxt/browser', 'wxt/*'] }],
    },
  },
);
