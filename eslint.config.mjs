// ESLint flat config. Besides the usual TypeScript checks it enforces the
// layering of the code base: src/shared is pure, the renderer never touches
// Electron or Node, and main never imports the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net',
  'url', 'util', 'stream', 'events', 'worker_threads', 'zlib', 'buffer', 'process',
];

const restrict = (patterns, message) =>
  patterns.map((group) => ({ group: [group], message }));

export default tseslint.config(
  { ignores: ['node_modules/', '.vite/', 'out/', 'dist/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import from the module itself.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['electron', 'electron/*'], 'src/shared is pure: no Electron.'),
          ...restrict(nodeBuiltins, 'src/shared is pure: no Node built-ins.'),
          ...restrict(['react', 'react-dom', 'react-dom/*', 'react-i18next', '@tiptap/*'], 'src/shared is pure: no React or editor code.'),
          ...restrict(['lowdb', 'lowdb/*', 'docx', 'pdf-lib'], 'src/shared is pure: storage and exporters live in src/main.'),
          ...restrict(['**/main/**', '**/renderer/**', '../main/*', '../renderer/*'], 'src/shared imports nothing outside itself.'),
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global']
          .map((name) => ({ name, message: 'src/shared is pure: no DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['electron', 'electron/*'], 'The renderer reaches the main process only through window.api.'),
          ...restrict(nodeBuiltins, 'The renderer runs in a sandboxed browser: no Node built-ins.'),
          ...restrict(['lowdb', 'lowdb/*'], 'Storage lives in src/main.'),
          ...restrict(['**/main/**', '../main/*', '../../main/*'], 'The renderer never imports main-process code.'),
        ],
      }],
      'no-restricted-globals': ['error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename']
          .map((name) => ({ name, message: 'The renderer has no Node globals.' })),
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['**/renderer/**', '../renderer/*'], 'Main never imports renderer code.'),
          ...restrict(['react', 'react-dom', 'react-dom/*'], 'Main has no React.'),
        ],
      }],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
