// Lint: the recommended sets plus the few rules this codebase leans on. No type-aware rules: they
// need a full program per run and double the time of `npm run check` on a two-core machine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// TypeScript checks names in .ts files; the few plain .js/.mjs files run on Node and need these.
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', '.scratch/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: NODE_GLOBALS },
    rules: {
      // A new error thrown from a catch keeps the original as `cause` (style.md habit 7).
      'preserve-caught-error': ['error', { requireCatchParameter: false }],
      // An empty catch must say why in a comment; `no-empty` accepts a commented block.
      'no-empty': ['error', { allowEmptyCatch: false }],
      // Input sanitisers strip control characters on purpose.
      'no-control-regex': 'off',
      // A `let` set once inside start-up but read earlier by a closure cannot be a `const`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The core logs through its Logger port; only the edges (CLI, console chat, bench) print.
    files: ['bot/**', 'knowledge/**', 'rules/**'],
    rules: { 'no-console': 'error' },
  },
);
