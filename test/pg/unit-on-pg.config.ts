import { defineConfig } from 'vitest/config';

/**
 * The unit suite again, on PostgreSQL: every test's core is a team core over a fresh copy of
 * one template team store (test/unit/support/core.ts), in the throwaway cluster `npm run test:pg`
 * starts. Left out: what tests the SQLite file itself, each with its reason.
 */
const SQLITE_FILE_ONLY: Record<string, string> = {
  'crash-safety.test.ts': 'kills a process mid-write and checks the SQLite file after (a server keeps its own WAL)',
  'data-safety.test.ts': 'a full disk and a read-only folder under the SQLite file, and its backups',
  'db-migrations.test.ts': 'migrations of the SQLite file (the team store’s are test/pg/migrations.test.ts)',
  'migration-001.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-002.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-003.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-004.test.ts': 'a migration of the SQLite file, from the file before it (and its FTS5 table)',
  'migration-005.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-006.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-007.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-008.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-009.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-010.test.ts': 'a migration of the SQLite file, from the file before it',
  'migration-011.test.ts': 'a migration of the SQLite file, from the file before it',
  'encryption-at-rest.test.ts': 'the SQLite file’s encryption and its key (a team store is the server’s, over TLS)',
  'integrity.test.ts': 'the SQLite file’s integrity check and the recovery screen',
  'restore.test.ts': 'backups of the SQLite file and restoring them (a team store’s are the server’s)',
  'native-binding.test.ts': 'the SQLite engine’s compiled addon',
  'packaging.test.ts': 'the packaged app’s SQLite engine',
  'schema-snapshot.test.ts': 'the SQLite file’s schema, statement by statement',
  'current-user.test.ts': '“who is using this computer” is the SQLite core’s; on a team store the login decides (test/pg/team-core.test.ts)',
  'fuzz-contract.test.ts': 'ends with SQLite’s own check of the file (pragma quick_check); its fuzzing of every procedure passes on PostgreSQL up to there',
  'sign-in.test.ts': 'signing in with the data on this computer (nothing to sign in to); the gate in front of a team store is test/pg/sign-in-gate.test.ts',
  'app-status.test.ts': 'app.info names the data folder and SQLite, and a backup is taken by hand (a team store’s info and backups: test/pg/team-core.test.ts)',
};

export const EXCLUDED = { ...SQLITE_FILE_ONLY };

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    exclude: Object.keys(EXCLUDED).map((file) => `test/unit/${file}`),
    environment: 'node',
    env: { PANELROOM_TEST_ENGINE: 'postgres' },
    // The fuzz test fingerprints the whole database a thousand times, each a round trip to the server.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/pg/support/unit-template.ts'],
    setupFiles: ['test/unit/support/test-key.ts', 'test/pg/support/require-server.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit-on-pg.json' }]],
  },
});
