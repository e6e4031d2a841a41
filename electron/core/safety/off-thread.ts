import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Resolved here, in the caller's module system, because an eval'd worker has no node_modules of its own to search.
const BETTER_SQLITE3 = createRequire(__filename).resolve('better-sqlite3');

/**
 * Runs a short script against its own read-only connection on a worker thread, so
 * a slow whole-file read (an integrity check, a backup of a large file) never holds up
 * the connection that serves typing saves. WAL lets the two read and write together.
 * The script sees `db`, `Database` (better-sqlite3), `nativeBinding`, `data` (passed
 * through) and `require`; it may return a promise.
 */
export function runReadOnlyOffThread<T>(file: string, nativeBinding: string | undefined, body: string, data?: unknown): Promise<T> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.module);
    const { nativeBinding, data } = workerData;
    (async () => {
      let db;
      try {
        db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
        const result = await (async function (db) { ${body} })(db);
        parentPort.postMessage({ ok: true, result });
      } catch (err) {
        parentPort.postMessage({ ok: false, message: String(err && err.message || err), code: err && err.code });
      } finally {
        if (db) db.close();
      }
    })();`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { file, nativeBinding, data, module: BETTER_SQLITE3 } });
    worker.once('message', (m: { ok: true; result: T } | { ok: false; message: string; code?: string }) => {
      if (m.ok) resolve(m.result);
      else reject(Object.assign(new Error(m.message), { code: m.code }));
      void worker.terminate();
    });
    worker.once('error', reject);
    // A worker that ends without answering (killed, out of memory) must not leave the caller waiting for ever.
    worker.once('exit', (code) => reject(new Error(`The background thread stopped (exit code ${code}) before it answered.`)));
  });
}
