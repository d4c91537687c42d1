import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'reports/', '.tmp/', 'coverage/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // The rules of hooks for the React islands: a hook called conditionally or a stale dependency is a bug.
  {
    files: ['src/components/islands/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
