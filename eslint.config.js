import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Any import path naming a folder: "@/components/x", "../../components/x", "components/x". */
const folder = (name) => `(^|/)${name}(/|$)`;

const ENTRYPOINTS = { regex: folder('entrypoints'), message: 'Entrypoints are the browser glue: import lib/ or components/ instead, never an entrypoint.' };

/** lib/ is the pure core: no extension APIs, no UI, no browser glue. */
const LIB_PATTERNS = [
  { ...ENTRYPOINTS, message: 'lib/ is the pure core: it never imports an entrypoint.' },
  { regex: folder('components'), message: 'lib/ is the pure core: it never imports components/.' },
  { regex: '^(wxt|webextension-polyfill|@wxt-dev/.*)(/|$)', message: 'lib/ is the pure core: pass the browser APIs in.' },
  { regex: '^#imports$', message: "lib/ is the pure core: WXT's #imports are for entrypoints." },
  { regex: '^(react|react-dom|dexie-react-hooks|@tanstack/react-.*)(/|$)', message: 'lib/ is the pure core: React belongs in components/ and the pages.' },
];

/** What must never reach a content-script bundle. */
const CONTENT_PATTERNS = [
  { regex: '^zod(/|$)', message: 'Content scripts do not bundle zod: use the zod-free mirrors (lib/sites/comment-check.ts, lib/content/messages.ts).' },
  { regex: '^(react|react-dom|dexie|dexie-react-hooks|papaparse)(/|$)', message: 'Content scripts stay small: no React, Dexie or CSV parser.' },
  {
    regex: '(^|/)(schema|messaging)(/|$)',
    allowTypeImports: true,
    message: 'Content scripts do not bundle zod: import only types from lib/schema and lib/messaging (`import type`).',
  },
  { regex: '(^|/)lib/sites$|^\\.\\./sites$|/sites/index$', message: 'lib/sites/index.ts validates with zod: import the site adapters themselves.' },
  { regex: '(^|/)sites/profile$|^\\./profile$', message: "lib/sites/profile.ts holds every site's profile reader: use the adapter's (`adapter.profile`) or lib/sites/profiles/common.ts." },
];

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
  // Layers. Each file set below gets one `no-restricted-imports` list (a later config object replaces
  // an earlier one's options for the same rule, so every list is assembled here in full).
  // `regex` patterns catch relative paths ("../../components/ui") as well as the "@/" alias.
  {
    // lib/ is the pure core: it runs in Node and in tests, so it never touches the extension APIs.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ is pure: pass what you need in.' }, { name: 'chrome', message: 'lib/ is pure: pass what you need in.' }],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: LIB_PATTERNS }],
    },
  },
  {
    // Code bundled into the content scripts: no zod, no React, no database, no zod schema or protocol
    // value (types are fine). lib/sites/index.ts validates with zod for the extension pages: not bundled.
    files: ['lib/content/**/*.{ts,tsx}', 'lib/sites/**/*.{ts,tsx}', 'lib/identity/**/*.{ts,tsx}'],
    ignores: ['lib/sites/index.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...LIB_PATTERNS, ...CONTENT_PATTERNS] }] },
  },
  {
    // The content scripts' entrypoints: WXT glue (they may use its APIs), bundled like the above.
    files: ['entrypoints/*.content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: CONTENT_PATTERNS }],
    },
  },
  {
    // Shared React pieces are given what they need by the pages: they never reach into an entrypoint.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENTRYPOINTS] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/e2e/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
