import type BetterSqlite3 from 'better-sqlite3';
import { DATASET_TODAY } from './spec';

/** What the benchmark needs to know about a dataset: its sizes, its shape, and rows to aim at. */
export interface DatasetShape {
  tables: Record<string, number>;
  details: {
    openChildren: number;
    closedChildren: number;
    childrenInSiblingGroups: number;
    openByLegalStatus: Record<string, number>;
    ragReasonChars: { min: number; max: number; mean: number };
    keyDatesPerChild: number;
    planVersionsPerChildWithPlan: number;
    childMeetingsByKind: Record<string, number>;
    trackerOverdue: number;
    trackerRed: number;
  };
  probes: Probes;
}

/** Rows the measurements aim at, chosen from the data so the filters return typical amounts. */
export interface Probes {
  /** The team with the most open children: the biggest "filter by team" result. */
  teamId: number;
  teamName: string;
  /** What someone types to find a family: the start of the commonest surname among open children. */
  search: string;
  /** A key date and child whose history is the median size, for the autosave-sized writes. */
  autosaveKeyDateId: number;
  autosaveChildId: number;
  autosaveChildRatings: number;
}

export function describeDataset(sqlite: BetterSqlite3.Database): DatasetShape {
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
  const tables: Record<string, number> = {};
  for (const { name } of all<{ name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")) {
    tables[name] = one<{ n: number }>(`select count(*) as n from "${name}"`).n;
  }
  const byStatus = Object.fromEntries(all<{ s: string; n: number }>('select legal_status as s, count(*) as n from children where closed_on is null group by 1 order by 2 desc').map((r) => [r.s, r.n]));
  const reason = one<{ min: number; max: number; mean: number }>('select min(length(reason)) as min, max(length(reason)) as max, round(avg(length(reason))) as mean from rag_ratings');
  const kinds = Object.fromEntries(all<{ k: string; n: number }>('select kind as k, count(*) as n from child_meetings group by 1').map((r) => [r.k, r.n]));
  const team = one<{ id: number; name: string }>('select t.id, t.name from children c join teams t on t.id = c.team_id where c.closed_on is null group by t.id order by count(*) desc, t.id limit 1');
  const surname = one<{ last_name: string }>('select last_name from children where closed_on is null group by last_name order by count(*) desc, last_name limit 1');
  const rated = all<{ child_id: number; n: number }>(
    'select r.child_id, count(*) as n from rag_ratings r join children c on c.id = r.child_id where c.closed_on is null group by r.child_id order by n, r.child_id',
  );
  const median = rated[Math.floor(rated.length / 2)]!;
  const keyDate = one<{ id: number } | undefined>('select id from key_dates where child_id = ? order by date desc, id desc limit 1', median.child_id);
  const fallbackKeyDate = one<{ id: number; child_id: number }>("select k.id, k.child_id from key_dates k join children c on c.id = k.child_id where c.closed_on is null and c.legal_status = 'care_order' order by k.id limit 1");

  return {
    tables,
    details: {
      openChildren: one<{ n: number }>('select count(*) as n from children where closed_on is null').n,
      closedChildren: one<{ n: number }>('select count(*) as n from children where closed_on is not null').n,
      childrenInSiblingGroups: one<{ n: number }>('select count(*) as n from children where sibling_group_id is not null').n,
      openByLegalStatus: byStatus,
      ragReasonChars: reason,
      keyDatesPerChild: round1(tables.key_dates! / tables.children!),
      planVersionsPerChildWithPlan: round1(tables.permanence_plans! / one<{ n: number }>('select count(distinct child_id) as n from permanence_plans').n),
      childMeetingsByKind: kinds,
      trackerOverdue: one<{ n: number }>('select count(*) as n from child_tracking t join children c on c.id = t.child_id where c.closed_on is null and t.next_due_date < ?', DATASET_TODAY).n,
      trackerRed: one<{ n: number }>("select count(*) as n from child_tracking t join children c on c.id = t.child_id where c.closed_on is null and t.rag = 'red'").n,
    },
    probes: {
      teamId: team.id,
      teamName: team.name,
      search: surname.last_name.slice(0, 6).toLowerCase(),
      autosaveKeyDateId: keyDate?.id ?? fallbackKeyDate.id,
      autosaveChildId: keyDate ? median.child_id : fallbackKeyDate.child_id,
      autosaveChildRatings: keyDate ? median.n : 0,
    },
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
