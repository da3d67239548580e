// Lint: typescript-eslint's type-checked recommended and stylistic rules for the TypeScript in
// src/, test/, scripts/ and bench/; the plain .mjs scripts, benchmarks and examples get the rules
// that need no type information. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The few globals the .mjs files use (listed here rather than adding the `globals` package).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'performance', 'setTimeout', 'clearTimeout', 'structuredClone', 'globalThis'].map((g) => [g, 'readonly']),
);

// A name that starts with `_` is unused on purpose (`for (const _ of …)`, `{ $schema: _schema, ...rest }`).
const unused = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }];

export default defineConfig(
  { ignores: ['dist/', 'web/dist/', 'coverage/', 'docs/api/', 'bench/data/', 'node_modules/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': unused,
      // The index loops on the hot paths (condition evaluation, CSV sniffing, record checks) are
      // deliberate: the benchmarks measure them.
      '@typescript-eslint/prefer-for-of': 'off',
      // No-op methods are the null-object sinks and writers (`end() {}`), written that way on purpose.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    // Tests read the CLI's JSON output and import dist/ dynamically: the values are `any`, and
    // the expect() on them is the type check. Typing every JSON.parse would add noise, not safety.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Tests break rule and plan files on purpose to reach the validators: `any` is the honest type there.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
    rules: { 'no-unused-vars': unused },
  },
  {
    // The library rejects and escapes control characters on purpose; the regexes that match them are the point.
    files: ['**/*.{ts,js,mjs,cjs}'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/browser/**/*.{js,mjs}'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
  },
);
