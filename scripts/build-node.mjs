// Bundles the Node side (Electron main, preload, browser-mode server, benchmarks) with esbuild.
// The database engine stays external: it is a native addon loaded at run time.
import { build } from 'esbuild';
import fs from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3-multiple-ciphers', 'electron'],
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron' },
  { entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', target: 'chrome120' },
  { entryPoints: { serve: 'electron/preview/serve.ts' }, outdir: 'dist/preview' },
];
if (fs.existsSync('test/bench/run.ts')) entries.push({ entryPoints: { run: 'test/bench/run.ts' }, outdir: 'dist/bench' });

await Promise.all(entries.map((e) => build({ ...common, ...e })));
