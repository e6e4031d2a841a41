// How the Node side is bundled with esbuild, shared by the build and by tests that bundle a child process.
// The database engine and the chart rasteriser stay external: they are native addons loaded at run time.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

// Vega's Node build of vega-canvas waits at top level for the optional 'canvas' package, which
// CommonJS cannot do; the app draws charts to SVG without a canvas, so the plain build serves.
const vegaWithoutCanvas = {
  name: 'vega-without-canvas',
  setup(b) {
    b.onResolve({ filter: /^vega-canvas$/ }, () => ({ path: path.join(ROOT, 'node_modules/vega-canvas/build/vega-canvas.browser.js') }));
  },
};

export const NODE_BUNDLE = {
  plugins: [vegaWithoutCanvas],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3-multiple-ciphers', '@resvg/resvg-js', 'electron'],
};
