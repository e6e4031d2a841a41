// Bundles the Node side (Electron main, preload, browser-mode server, benchmarks) with esbuild.
import { build } from 'esbuild';
import fs from 'node:fs';
import { NODE_BUNDLE } from './node-bundle.mjs';

const common = {
  ...NODE_BUNDLE,
  sourcemap: true,
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
