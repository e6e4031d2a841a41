// These tests need a real PostgreSQL server: `npm run test:pg` starts a throwaway one.
if (!process.env.PGHOST || !process.env.PGUSER) {
  throw new Error('The team store tests need a PostgreSQL server: run them with `npm run test:pg`, which starts a throwaway cluster (pg_virtualenv).');
}
