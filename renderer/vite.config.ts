import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../electron/security/csp';

/** The page carries the same policy as the response headers (minus frame-ancestors, which a meta tag cannot set). */
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'panelroom-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // No inline assets or module-preload polyfill: the CSP allows scripts from the app's own origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
