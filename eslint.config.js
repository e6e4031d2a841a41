import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Exact names (paths), not patterns: a pattern 'domain' would also match our own shared/domain/ folder.
const nodeBuiltinPaths = (message) => builtinModules.map((name) => ({ name, message }));

// The arrows of the architecture (docs/architecture.md, "One core, two thin shells"), as lint rules. test/unit/boundaries.test.ts checks them again by resolving every import.
const sharedIsPure = {
  paths: nodeBuiltinPaths('shared/ is pure: no Node modules.'),
  patterns: [
    { group: ['node:*'], message: 'shared/ is pure: no Node modules.' },
    { group: ['electron', 'react', 'react-dom', 'react-dom/*', 'better-sqlite3', 'kysely', 'docx', 'papaparse'], message: 'shared/ is pure: no runtime, UI or store libraries.' },
    { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ imports nothing of ours outside shared/.' },
  ],
};
const coreNeverImportsElectron = {
  patterns: [
    { group: ['electron'], message: 'electron/core runs under plain Node: it never imports electron.' },
    { group: ['**/renderer/**'], message: 'The core never imports the renderer.' },
  ],
};
const onlySqliteFileOpensDatabases = {
  group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
  message: 'Open database files through electron/core/db/sqlite-file.ts, which knows the key.',
};
const onlyPostgresModuleConnects = {
  group: ['pg', 'pg-*'],
  message: 'Connect to a team store through electron/core/db/postgres.ts, which signs in over TLS.',
};
const rendererNeverImportsCore = {
  paths: nodeBuiltinPaths('The renderer runs in a sandboxed page: no Node modules.'),
  patterns: [
    { group: ['**/electron/**', '../electron/*'], message: 'The renderer talks to the core through the API client only.' },
    { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
    { group: ['electron', 'better-sqlite3', 'kysely', 'docx'], message: 'The renderer never touches the store or Electron directly.' },
  ],
};

// Pages and components read through useProcedure and change through useMutation (renderer/src/api/), so the
// stale-answer guard and the error wording stay in one place. The autosave hook (it saves and replays from the
// unsaved-text journal, also as the window closes) and the boot's early reads (the sign-in status and the tracker's first page, before React starts) call the core themselves.
const pagesUseTheDataHooks = { group: ['**/api/client'], importNames: ['call'], message: 'Read with useProcedure and change with useMutation (renderer/src/api/).' };
const callsTheCoreItself = ['renderer/src/api/**', 'renderer/src/components/use-autosave.ts', 'renderer/src/pages/tracker/prefetch.ts', 'renderer/src/pages/sign-in/prefetch.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'native/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'test/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedIsPure],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
    },
  },
  // Every database file is opened by electron/core/db/sqlite-file.ts, which keys it: nothing else loads the engine.
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs}'],
    ignores: ['electron/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlySqliteFileOpensDatabases] }] },
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/sqlite-file.ts', 'electron/core/db/postgres.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlySqliteFileOpensDatabases, onlyPostgresModuleConnects, ...coreNeverImportsElectron.patterns] }] },
  },
  { files: ['electron/core/db/sqlite-file.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [onlyPostgresModuleConnects, ...coreNeverImportsElectron.patterns] }] } },
  { files: ['electron/core/db/postgres.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [onlySqliteFileOpensDatabases, ...coreNeverImportsElectron.patterns] }] } },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', { ...rendererNeverImportsCore, patterns: [...rendererNeverImportsCore.patterns, pagesUseTheDataHooks] }] },
  },
  { files: callsTheCoreItself, rules: { 'no-restricted-imports': ['error', rendererNeverImportsCore] } },
  // Each area's queries live in its repository, so a column's use is found in one place per area
  // and a second engine changes repositories only (docs/architecture.md, "The house plan").
  {
    files: ['electron/core/features/**/*.ts'],
    ignores: ['electron/core/features/*/repository.ts', 'electron/core/features/*/repository/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > MemberExpression.callee[property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
          message: "Queries belong in the area's repository (features/<area>/repository.ts): call a function there.",
        },
        {
          selector: "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']",
          message: "Raw SQL belongs in the area's repository (features/<area>/repository.ts): call a function there.",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
