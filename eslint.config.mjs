// One lint setup for every workspace: strict TypeScript, no import cycles, no focused or skipped tests, no any.
import path from 'node:path';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The mini-program's side effects each have one home: toasts and dialogs lib/feedback.ts, page changes navigate.ts,
// the phone's storage stores/storage.ts. Elsewhere these Taro calls are lint errors.
const miniHomes = {
  'mini/src/lib/feedback.ts': {
    message: 'Use toast/confirm/notice/loading from @/lib/feedback.',
    calls: ['showToast', 'hideToast', 'showModal', 'showLoading', 'hideLoading'],
  },
  'mini/src/navigate.ts': {
    message: 'Use go/replace/backTo/back from @/navigate with a route name.',
    calls: ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack', 'getCurrentPages'],
  },
  'mini/src/stores/storage.ts': {
    message: 'Use readObject/readFlag/writeValue/removeKey from @/stores/storage.',
    calls: [
      'getStorage',
      'getStorageSync',
      'setStorage',
      'setStorageSync',
      'removeStorage',
      'removeStorageSync',
      'clearStorage',
      'clearStorageSync',
    ],
  },
};
const taroCallsOutside = (home) =>
  Object.entries(miniHomes)
    .filter(([file]) => file !== home)
    .flatMap(([, { message, calls }]) => calls.map((property) => ({ object: 'Taro', property, message })));
const taroImportsOutside = (home) =>
  Object.entries(miniHomes)
    .filter(([file]) => file !== home)
    .map(([, { message, calls }]) => ({ name: '@tarojs/taro', importNames: calls, message }));
const miniImportRule = (home) => [
  'error',
  {
    paths: taroImportsOutside(home),
    patterns: [
      { regex: '^(\\.\\./){2,}', message: 'Reach files two or more folders up through the @/ alias (mini/src).' },
    ],
  },
];

// More than four positional parameters are easy to pass in the wrong order: take an options object. Constructors are
// exempt (Nest injects their parameters by type); so are the sandbox's seed tables and the test scripts.
const tooManyParams = {
  selector:
    "FunctionDeclaration[params.length>4], MethodDefinition[kind!='constructor'] > FunctionExpression[params.length>4], ArrowFunctionExpression[params.length>4]",
  message: 'More than four positional parameters: take an options object.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.data/**',
      'mini/config/**',
      'mini/babel.config.js',
      'test/artifacts/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'test/**/*.ts'],
    plugins: { jest },
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert'] }],
      'jest/no-conditional-expect': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS on purpose (bff/src/database/pglite-worker.cjs runs unbuilt from src under jest and from dist).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bff/src/**/*.ts', 'packages/domain/src/**/*.ts', 'packages/contracts/src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', tooManyParams] },
  },
  {
    // The layers of docs/architecture.md: a controller translates HTTP and calls its feature's services; SQL and
    // the upstream systems are reached only below it.
    files: ['bff/src/**/*.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository'],
              message: 'A controller calls a service; repositories are reached only from services.',
            },
            {
              group: ['**/upstream/**'],
              message: 'A controller calls a service; upstream systems are reached only from services.',
            },
          ],
        },
      ],
    },
  },
  {
    // The operators' console runs in the browser; its vite config and dev mock run in Node.
    files: ['packages/console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The contracts are types: a value import would pull the workspace's build into the bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@zsb/contracts', allowTypeImports: true, message: 'Import contract types with `import type`.' },
          ],
        },
      ],
    },
  },
  {
    files: ['mini/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // `@/` is mini/src (mini/tsconfig.json, mini/config/index.ts); resolving it keeps import-x/no-cycle seeing those imports.
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.d.ts'],
          alias: { '@': [path.resolve(import.meta.dirname, 'mini/src')] },
        }),
      ],
    },
  },
  {
    files: ['mini/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', ...taroCallsOutside(null)],
      'no-restricted-imports': miniImportRule(null),
      // Platform differences go in platform files (x.weapp.ts / x.alipay.ts / x.h5.ts), not inline checks.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.object.name='process'][object.property.name='env'][property.name='TARO_ENV']",
          message:
            'Put the platform difference in a platform file (x.h5.ts, x.alipay.ts …) instead of checking TARO_ENV.',
        },
        tooManyParams,
      ],
    },
  },
  ...Object.keys(miniHomes).map((home) => ({
    files: [home],
    rules: {
      'no-restricted-properties': ['error', ...taroCallsOutside(home)],
      'no-restricted-imports': miniImportRule(home),
    },
  })),
  {
    // Taro evaluates app.config.ts in Node, where platform files do not apply.
    files: ['mini/src/app.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
