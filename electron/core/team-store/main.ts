import { runTeamStore } from './cli';

// The entry point `npm run team-store` builds and runs.
void runTeamStore(process.argv.slice(2)).then(({ code, out, err }) => {
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (err.length) process.stderr.write(`${err.join('\n')}\n`);
  process.exitCode = code;
});
