import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/connection';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from './support/temp-dir';

describe('migration 11: indexes covering what the management figures read', () => {
  it('upgrades a database made by migration 10 with its ratings and actions intact, and the figures’ reads answered from the indexes alone', async () => {
    const file = path.join(tempDir(), 'db.sqlite3');
    const v10 = await openStore(file, { migrations: migrations.slice(0, 10) });
    v10.sqlite.exec(`
      insert into children (case_ref, first_name, last_name, legal_status, created_at, updated_at) values ('C1', 'Amy', 'Index', 'care_order', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z');
      insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (1, 'red', 'Placement at risk', '2026-03-02', 'manual', 't', 'root');
      insert into rag_ratings (child_id, rating, reason, rated_on, source, recorded_at, recorded_by) values (1, 'amber', 'Settling', '2026-05-01', 'manual', 't', 'root');`);
    const ratings = v10.sqlite.prepare('select * from rag_ratings order by id').all();
    await v10.close();

    const v11 = await openStore(file, { migrations: migrations.slice(0, 11) });
    expect(v11.schemaVersion).toBe(11);
    expect(v11.sqlite.prepare('select * from rag_ratings order by id').all()).toEqual(ratings);
    const columns = (index: string) => v11.sqlite.prepare(`select name from pragma_index_info('${index}') order by seqno`).pluck().all();
    expect(columns('rag_ratings_child')).toEqual(['child_id', 'rated_on', 'id', 'rating']);
    expect(columns('actions_figures')).toEqual(['status', 'completed_on', 'due_on', 'impact_rag', 'owner_id', 'owner_name']);
    const plan = (query: string) => v11.sqlite.prepare(`explain query plan ${query}`).all().map((r) => (r as { detail: string }).detail).join('\n');
    expect(plan(`select rating, rated_on from rag_ratings where child_id = 1 and rated_on <= '2026-04-30' order by rated_on desc, id desc limit 1`)).toMatch(/COVERING INDEX rag_ratings_child/);
    expect(plan(`select id, due_on, impact_rag, owner_id, owner_name from actions where status = 'done' and completed_on between '2026-01-01' and '2026-12-31'`)).toMatch(/COVERING INDEX actions_figures/);
    expect(v11.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await v11.close();
  });
});
