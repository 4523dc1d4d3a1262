import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'public/**', 'tests/rt5/.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // The two classic hooks rules; the React Compiler rules in the plugin's newer presets
      // flag patterns (a "latest value" ref, syncing props into state) that are fine without the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The content script runs inside the support tool's page: it reads and sends, nothing more.
    // No validator, no database, no UI library may reach its bundle (it stays under 15 KB gzipped).
    files: ['entrypoints/content/**/*.ts', 'lib/page/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['zod', 'dexie', 'react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'Not in the content script: keep it thin (see README, "Where things live").', allowTypeImports: true })),
        patterns: [{ group: ['**/db/*', '**/engine', '**/engine/*', '**/conversation/schema', '**/tools/schema', '**/i18n', '**/components/*'], message: 'This module pulls the validator, the database or the UI into the content script.', allowTypeImports: true }],
      }],
    },
  },
  {
    // Components get the database from DbContext and browser APIs through lib/ functions.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'wxt/browser', message: 'Call a lib/ function instead: components stay free of browser APIs.', allowTypeImports: true },
          { name: '@/lib/db/db', importNames: ['getDb'], message: 'Use useDb() from DbContext.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
