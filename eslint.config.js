// Lint: typescript-eslint's recommended rules plus the process boundaries of docs/architecture.md.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Paths: message for a no-restricted-imports rule. */
const restrict = (names, message) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns: [] }],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          // zod's named `z` export pulls the whole library into the CLI's start (755 KB, not 200 KB).
          selector: "ImportDeclaration[source.value='zod'][importKind='value'] > ImportSpecifier",
          message: "Import zod as a namespace (import * as z from 'zod'): the bundle then keeps only what is used.",
        },
      ],
    },
  },
  {
    // Only the shell and the preload may touch Electron: everything else runs on plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**', 'electron/preload.ts'],
    rules: restrict(['electron'], 'Only electron/shell/ and electron/preload.ts may import electron.'),
  },
  {
    // The renderer and shared code run in a browser: no Node built-ins, no native modules.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      ['electron', 'better-sqlite3', ...nodeBuiltins],
      'The renderer and shared/ run in a browser: talk to the main process through the API contract.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
