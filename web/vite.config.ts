/**
 * The clerks' web page (web/): built by `npm run build:web` into web/dist, served by `npm run web`.
 * The library is imported from src/ with the same build-time data modules as the package's build
 * (holiday years, rule files), so the page computes everything in the browser. After the bundle
 * is written, a service worker (`sw.js`) is emitted that precaches every file of the build: once
 * loaded, the page works offline.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteHolidayData } from '../scripts/holiday-data-plugin.js';
import { viteRuleFiles } from '../scripts/rule-files-plugin.js';
import { serviceWorkerSource } from './service-worker.js';

/** Emits sw.js with the list of every file of the build and a version made of their names (hashed by Vite). */
function serviceWorker(): Plugin {
  return {
    name: 'vn-deadlines-web-sw',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [...new Set(['./', './index.html', ...Object.keys(bundle).map((f) => `./${f}`)])];
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files) });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset paths: the page works from any folder of a web server.
  base: './',
  plugins: [viteHolidayData(), viteRuleFiles(), serviceWorker()],
  // csv-parse's main entry extends Node's stream.Transform: the page uses its browser build, through a shim (see the file).
  resolve: { alias: [{ find: /^csv-parse$/, replacement: fileURLToPath(new URL('./src/csv-parse-browser.ts', import.meta.url)) }] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
