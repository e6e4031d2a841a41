import { Worker } from 'node:worker_threads';
import { engineModulePath, keyStatements, type FileAccess } from '../db/sqlite-file';

/**
 * Runs a short script on a worker thread, so slow whole-file work (an integrity check, a
 * backup of a large file, encrypting an old plain file) never holds up the connection that
 * serves typing saves. WAL lets the two read and write together.
 *
 * The script sees `open(file, statements, options)` (a connection keyed with the given
 * statements, which come from keyStatements() in db/sqlite-file.ts, so a worker keys a
 * file exactly as the app's own connection does), `data` (passed through) and `require`;
 * it may return a promise.
 */
export function runOffThread<T>(nativeBinding: string | undefined, body: string, data?: unknown): Promise<T> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.module);
    const { nativeBinding, data } = workerData;
    const open = (file, statements, options = {}) => {
      const db = new Database(file, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
      try {
        for (const statement of statements) db.pragma(statement);
        db.prepare('select count(*) from sqlite_master').get();
      } catch (err) {
        db.close();
        throw err;
      }
      return db;
    };
    (async () => {
      try {
        const result = await (async function () { ${body} })();
        parentPort.postMessage({ ok: true, result });
      } catch (err) {
        parentPort.postMessage({ ok: false, message: String(err && err.message || err), code: err && err.code });
      }
    })();`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { nativeBinding, data, module: engineModulePath() } });
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

/** The same, with `db` already open read-only on `file` with its key, and closed afterwards. */
export function runReadOnlyOffThread<T>(file: string, access: FileAccess, body: string, data?: unknown): Promise<T> {
  return runOffThread<T>(
    access.nativeBinding,
    `const db = open(data.file, data.statements, { readonly: true, fileMustExist: true });
    try {
      return await (async function (db, data) { ${body} })(db, data.data);
    } finally {
      db.close();
    }`,
    { file, statements: keyStatements(access.key), data },
  );
}
