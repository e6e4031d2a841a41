import { defineConfig } from 'vitest/config';

// The team store's tests: a real PostgreSQL, the throwaway cluster `npm run test:pg` starts with
// pg_virtualenv (which sets PGHOST, PGPORT, PGUSER and PGPASSWORD). One file at a time: the TLS
// test changes the server's settings while it runs.
export default defineConfig({
  test: {
    include: ['test/pg/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    setupFiles: ['test/unit/support/test-key.ts', 'test/pg/support/require-server.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/pg.json' }]],
  },
});
