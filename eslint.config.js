import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // lib/ is the pure core: it runs in Node and in tests, so it never touches the extension APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ is pure: pass what you need in.' }, { name: 'chrome', message: 'lib/ is pure: pass what you need in.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt/*', 'wxt', 'webextension-polyfill', '@/entrypoints/*', '@/components/*', 'react', 'react-dom'], message: 'lib/ is the pure core.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/e2e/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
