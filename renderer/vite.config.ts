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

/**
 * The tracker's first page is asked for by a small script of its own (src/boot.ts, no React),
 * listed before the app's: it runs as soon as it arrives, while the browser is still
 * compiling React, so the answer is in by the time the app first renders.
 */
function earlyBootScript(): Plugin {
  return {
    name: 'panelroom-early-boot',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (!boot) return html;
        // Just before the app's own script (module scripts run in the order they are listed), and after the CSP meta tag.
        return html.replace('<script type="module"', `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    <script type="module"`);
      },
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: './',
  plugins: [react(), cspMetaTag(), earlyBootScript()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // No inline assets or module-preload polyfill: the CSP allows scripts from the app's own origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: path.resolve(import.meta.dirname, 'index.html'), boot: path.resolve(import.meta.dirname, 'src/boot.ts') } },
  },
});
