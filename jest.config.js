// One jest for every workspace; each workspace is a project so `jest --selectProjects bff` runs one suite.
// Jest runs in CommonJS mode: @swc/jest compiles our TypeScript and the ESM-only packages (Nest 12, kysely …),
// see ../shared/TOOLCHAIN.md. PGlite's CommonJS build does a dynamic import(), hence --experimental-vm-modules
// in the test script's NODE_OPTIONS.
const esmOnly = [
  '@nestjs',
  '@electric-sql',
  'kysely',
  'kysely-pglite-dialect',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'minisearch',
  'content-disposition',
  'jose',
  'kdbush',
  'geokdbush',
  'tinyqueue',
  // light-my-request (Fastify's inject, used at boot to read helmet's headers) requires it.
  'cookie',
  // the mini's QR reader imports ZXing's ES module files one by one
  '@zxing',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const swcReact = [
  '@swc/jest',
  {
    ...swc[1],
    jsc: {
      ...swc[1].jsc,
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { ...swc[1].jsc.transform, react: { runtime: 'automatic' } },
    },
  },
];

const project = (name, rootDir, testMatch, extra = {}) => ({
  displayName: name,
  rootDir,
  testEnvironment: 'node',
  // zod keeps a module-level locale object; jest's global clean-up between files only warns about it.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  testMatch,
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  ...extra,
});

module.exports = {
  projects: [
    project('domain', '<rootDir>/packages/domain', ['<rootDir>/src/**/*.spec.ts']),
    project('sandbox', '<rootDir>/packages/sandbox', ['<rootDir>/src/**/*.spec.ts']),
    project('bff', '<rootDir>/bff', ['<rootDir>/src/**/*.spec.ts']),
    // `@/` is mini/src, as in mini/tsconfig.json and mini/config/index.ts.
    project('mini', '<rootDir>/mini', ['<rootDir>/src/**/*.spec.ts'], {
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    }),
    // The operators' console: its pure helpers (formatting, the month report workbook built and read back with exceljs).
    project('console', '<rootDir>/packages/console', ['<rootDir>/src/**/*.spec.ts']),
    // Shared components rendered in jsdom with React Testing Library; Taro's components and APIs are replaced by
    // the plain-DOM doubles in mini/test/ (what H5 renders, without the web-component runtime).
    project('mini-ui', '<rootDir>/mini', ['<rootDir>/src/**/*.spec.tsx'], {
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j|mj)sx?$': swcReact },
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/taro.ts',
        '\\.css$': '<rootDir>/test/style.cjs',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
    }),
    // The API suites start the sandbox from source, so they never run against a stale build of it.
    // api/: the BFF and the sandbox over HTTP; security/: the same, each suite written as an attack.
    project('test-api', '<rootDir>/test', ['<rootDir>/api/**/*.spec.ts', '<rootDir>/security/**/*.spec.ts'], {
      moduleNameMapper: { '^@zsb/sandbox$': '<rootDir>/../packages/sandbox/src/index.ts' },
    }),
    // postgres/: what only a PostgreSQL deployment can do (several BFFs on one database); in `npm run test:pg` only.
    ...(process.env.TEST_DATABASE_URL
      ? [
          project('test-pg', '<rootDir>/test', ['<rootDir>/postgres/**/*.spec.ts'], {
            moduleNameMapper: { '^@zsb/sandbox$': '<rootDir>/../packages/sandbox/src/index.ts' },
          }),
        ]
      : []),
  ],
  maxWorkers: 2,
  // The API suites boot PGlite, the sandbox and the BFF in beforeAll: seconds on a loaded 2-core machine.
  testTimeout: 60_000,
};
