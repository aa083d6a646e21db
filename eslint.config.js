// Lint with type information (typescript-eslint), and the architecture of docs/ARCHITECTURE.md as import
// zones: one zone per row of its table, plus no import cycles anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Folders of the tree, as the table of docs/ARCHITECTURE.md names them. */
const LIB = './lib';
const PLATFORM = './platform';
const UI = './ui';
const ENTRYPOINTS = ['background', 'content', 'popup', 'library'].map((name) => `./entrypoints/${name}`);
const NODE_ONLY = ['./scripts', './bench', './test'];

/** @param {string} target @param {string[]} from @param {string} message */
const zone = (target, from, message) => ({ target, from, message });

const zones = [
  zone(LIB, [PLATFORM, UI, './entrypoints', ...NODE_ONLY], 'lib/ is the pure core: it imports lib/ only.'),
  zone(PLATFORM, [UI, './entrypoints', ...NODE_ONLY], 'platform/ imports lib/ and the browser only.'),
  zone(
    UI,
    [PLATFORM, './entrypoints', ...NODE_ONLY],
    'ui/ imports lib/ only: browser calls reach it as props.',
  ),
  ...ENTRYPOINTS.map((entry) =>
    zone(
      entry,
      [...ENTRYPOINTS.filter((other) => other !== entry), ...NODE_ONLY],
      'Entry points never import each other, nor Node code.',
    ),
  ),
  zone(`${ENTRYPOINTS[0]}`, [UI], 'The service worker has no UI.'),
  zone(
    ENTRYPOINTS[1],
    ['./platform/extension-messages.ts'],
    'A content script sends the page’s messages only (platform/messages.ts pageMessaging).',
  ),
];

/** Globals that only a browser context has: lib/ takes a document or node as an argument instead. */
const BROWSER_GLOBALS = [
  'browser',
  'chrome',
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'CSS',
  'Node',
  'NodeFilter',
  'MutationObserver',
].map((name) => ({ name, message: 'lib/ is the pure core: take what you need as an argument.' }));

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'web-ext-artifacts/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', '.dependency-cruiser.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An async function that implements an async interface (a handler, a backend) need not await.
      '@typescript-eslint/require-await': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    // Tests beside the code are Node code: they may load fixtures and scripts/node-morph.
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.fixture.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['lib/**/*.ts', 'platform/**/*.ts', 'ui/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.fixture.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Browser code has no process.' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code: no Node modules.' }] },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.fixture.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS,
        { name: 'process', message: 'Browser code has no process.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ never touches the browser.' },
            { group: ['node:*'], message: 'lib/ runs in the browser too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and Node tools: the rules that catch real bugs stay; the ones about `any` from test doubles and
    // JSON fixtures do not.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(api.method).toHaveBeenCalled() reads a method without calling it, on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Test doubles (vi.spyOn(...).mockImplementation(async ...)) stand in for callbacks typed as void.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
