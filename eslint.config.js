// Lint: typescript-eslint's type-checked recommended and stylistic rules for the TypeScript in
// src/, test/, scripts/ and bench/; the plain .mjs scripts, benchmarks and examples get the
// rules that need no type information. Formatting is Prettier's job (`npm run format:check`).

// The few globals the .mjs files use (listed here rather than adding the `globals` package).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'performance', 'setTimeout', 'clearTimeout', 'structuredClone', 'globalThis'].map((g) => [g, 'readonly']),
);
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'docs/api/', 'bench/data/', 'node_modules/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {},
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['test/browser/**/*.{js,mjs}'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
  },
);
