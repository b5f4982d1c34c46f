import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'screenshots/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
      // Page and pack text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with text nodes; never innerHTML (pack and page text are untrusted).' },
        { property: 'outerHTML', message: 'Never write markup built from text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not markup.' },
      ],
    },
  },
  {
    // Unit tests build their fixture DOM from constant markup; the rule guards what we render.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'demo/**', 'tests/**', 'cli/**', 'bin/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
