import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['test/unit/support/test-key.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
