import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  // Fixtures are host pages, not ours: deliberately dated code and vendored libraries.
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/.artifacts/', '.tmp-dev/', 'tests/e2e/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Code runs in pages, workers and Node (CLI, tests, benchmarks); TypeScript checks the rest.
      globals: { ...globals.browser, ...globals.node, chrome: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The security boundary: the content script must never touch the host origin's storage.
    files: ['entrypoints/content/**'],
    rules: {
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'indexedDB'],
      'no-restricted-imports': ['error', { paths: ['dexie'] }],
      'no-restricted-properties': ['error', { object: 'document', property: 'cookie' }],
    },
  },
  {
    // Pack and note text is data: never write HTML from strings.
    files: ['entrypoints/**', 'components/**', 'rules/**', 'utils/**'],
    ignores: ['**/*.test.*'],
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text, not HTML.' },
        { property: 'outerHTML', message: 'Render text, not HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, not HTML.' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML.' }],
    },
  },
);
