import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { PostgresPool } from 'kysely';

/**
 * PostgreSQL parses and plans a statement sent without a name every time it is sent: for an
 * autosave's statement, which reads an item with its meeting, type, children and pen and writes in
 * the same statement, that planning costs more than running it. A statement whose text starts
 * with `PREPARED` is sent as a named prepared statement instead: parsed once on each connection,
 * its plan kept by the server (after its first few runs, where a generic plan costs no more).
 * Only for a statement whose text does not change with its values (every value a parameter, no
 * lists of varying length): each distinct text is one more statement kept on every connection.
 */
const MARK = '/* prepared */';

/** Put first in a statement's text: `sql\`${PREPARED} select …\``. */
export const PREPARED = sql.raw(`${MARK} `);

/** The statement's name: from its text, so one name never stands for two texts (pg refuses that). */
function nameOf(text: string): string {
  return `panelroom_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

/** What is used of a connection here: its `query`, as pg takes it (text or a query's config, values, callback). */
type Querying = { query: (config: unknown, values?: unknown, callback?: unknown) => unknown };

const sendsMarkedAsPrepared = new WeakSet<object>();

function sendMarkedAsPrepared<C extends object>(client: C): C {
  if (sendsMarkedAsPrepared.has(client)) return client;
  const connection = client as unknown as Querying;
  const query = connection.query.bind(client);
  connection.query = (config, values, callback) => {
    if (typeof config === 'string' && config.startsWith(MARK)) return query({ name: nameOf(config), text: config, values }, undefined, callback);
    return query(config, values, callback);
  };
  sendsMarkedAsPrepared.add(client);
  return client;
}

/** The pool as Kysely's dialect takes it, each of its connections sending the marked statements by name. */
export function preparingPool(pool: PostgresPool): PostgresPool {
  return {
    connect: async () => sendMarkedAsPrepared(await pool.connect()),
    end: () => pool.end(),
  };
}
