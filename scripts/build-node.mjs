// Bundles the Node side (Electron main, preload, browser-mode server, benchmarks) with esbuild.
// The database engine and the chart rasteriser stay external: they are native addons loaded at run time.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

// Vega's Node build of vega-canvas waits at top level for the optional 'canvas' package, which
// CommonJS cannot do; the app draws charts to SVG without a canvas, so the plain build serves.
const vegaWithoutCanvas = {
  name: 'vega-without-canvas',
  setup(b) {
    b.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: path.resolve('node_modules/vega-canvas/build/vega-canvas.browser.js') }));
  },
};

const common = {
  plugins: [vegaWithoutCanvas],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3-multiple-ciphers', '@resvg/resvg-js', 'electron'],
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
