// `npm run team-store -- <sub-command>`: bundles the team store's setup commands like the rest of
// the Node side, then runs them with the arguments given.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { NODE_BUNDLE } from './node-bundle.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const out = path.join(ROOT, 'dist/team-store/team-store.cjs');
await build({
  ...NODE_BUNDLE,
  entryPoints: [path.join(ROOT, 'electron/core/team-store/main.ts')],
  outfile: out,
  external: [...NODE_BUNDLE.external, 'pg-native'],
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
