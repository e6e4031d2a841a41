import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { searchTextOf } from '../../../shared/minutes/search-text';
import { inTransaction } from './autosave';
import { datasetNow } from '../dataset/spec';
import type { BenchEnv } from '../measure/env';
import type { LiveMeeting } from '../measure/live-meeting';
import { summarise } from '../measure/stats';
import { timingRow, valueRow, type ResultRow } from '../report/rows';

const GROUP = 'Autosave-sized write: router vs a bare pg write (PostgreSQL over loopback)';

/**
 * What the version check costs a typing save on the team store, apart from everything else the
 * router does: the same field written by a bare `pg` client both ways, alternating — as a plain
 * upsert, and as the app's one claiming statement (the stored row read, the update made only where
 * the version is the one the edit was based on, and the version moved on; see
 * `claimAndWriteMinuteField`). Both in a transaction, each statement prepared once by name.
 */
export async function measureVersionCheckCost(env: BenchEnv, client: pg.Client, live: LiveMeeting): Promise<ResultRow[]> {
  const item = live.items[Math.floor(live.items.length / 2) + 2] ?? live.items[0]!;
  const base = 'The panel heard that the contact arrangements were reviewed and the carers agreed to a further session. '.repeat(6);
  const value = (i: number) => base.slice(0, 60 + ((i * 17) % (base.length - 60)));
  let version = Number((await client.query("select version from minute_fields where item_id = $1 and field = 'discussion'", [item.id])).rows[0]?.version ?? 0);

  const unclaimed = async (i: number) => {
    const v = value(i);
    await client.query({
      name: 'version-cost-upsert',
      text: `insert into minute_fields (item_id, field, value, search_text, updated_at) values ($1, 'discussion', $2, $3, $4)
        on conflict (item_id, field) do update set value = excluded.value, search_text = excluded.search_text, updated_at = excluded.updated_at`,
      values: [item.id, v, searchTextOf({ field: 'discussion', value: v }), datasetNow().toISOString()],
    });
  };
  const claimed = async (i: number) => {
    const v = value(i);
    const { rows } = await client.query({
      name: 'version-cost-claim',
      text: `with old as (select id, value, version from minute_fields where item_id = $1 and field = 'discussion'),
        claimed as (
          update minute_fields f set value = $2, search_text = $3, updated_at = $4, version = f.version + 1
          from old where f.id = old.id and old.value is distinct from $2::text and f.version = $5::integer
          returning f.version)
        select (select version from claimed) as claimed, old.version as was from old`,
      values: [item.id, v, searchTextOf({ field: 'discussion', value: v }), datasetNow().toISOString(), version],
    });
    const r = rows[0] as { claimed: number | null; was: number } | undefined;
    // Alternating with the plain upsert, which leaves the version alone: a claim is only lost if the bench itself is wrong.
    if (!r || r.claimed === null) throw new Error(`the version claim on item ${item.id} was lost at version ${version} (stored ${r?.was})`);
    version = r.claimed;
  };

  const times = { unclaimed: [] as number[], claimed: [] as number[] };
  for (let i = -env.config.warmup.autosave; i < env.config.runs.autosave; i++) {
    const order = i % 2 === 0 ? (['unclaimed', 'claimed'] as const) : (['claimed', 'unclaimed'] as const);
    for (const way of order) {
      const t0 = performance.now();
      await inTransaction(client, () => (way === 'claimed' ? claimed(2 * i) : unclaimed(2 * i + 1)));
      if (i >= 0) times[way].push(performance.now() - t0);
    }
  }
  const plain = summarise(times.unclaimed);
  const checked = summarise(times.claimed);
  return [
    timingRow('autosave.versionCheck.unclaimed', GROUP, 'a minutes field upserted without a version check, bare pg', plain),
    timingRow('autosave.versionCheck.claimed', GROUP, 'the same field written with its version claimed (the app’s one statement), bare pg', checked),
    valueRow(
      'autosave.versionCheck.ratio',
      GROUP,
      'the version check’s cost: claimed ÷ unclaimed (medians)',
      '×',
      checked.median / plain.median,
      undefined,
      `p95 ratio ${(checked.p95 / plain.p95).toFixed(2)}×; the same item (${live.typeName} of ${live.date}), alternating, in a transaction each; the audit row, the same either way, left out`,
    ),
  ];
}
