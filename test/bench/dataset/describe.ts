import type { SqliteDatabase } from '../../../electron/core/db/sqlite-file';
import { RARE_WORDS } from './minutes-text';
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
    meetingsByType: Record<string, { held: number; planned: number; items: number; minItems: number; maxItems: number }>;
    /** Characters of minutes text per field, by the form of the meeting. */
    minuteChars: Record<string, { fields: number; meanChars: number; totalMb: number }>;
    actionsByStatus: Record<string, number>;
    openActionsOverdue: number;
    attendeesPerPanel: number;
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
  /** A child whose RAG history is the median size, for ratings.create. */
  autosaveChildId: number;
  autosaveChildRatings: number;
  /** The latest Permanence Panel with the longest agenda (30 items): minutes.get, and the typing saves on a working copy. */
  minutesMeetingId: number;
  minutesMeetingItems: number;
  minutesMeetingDate: string;
  /** What people type into the minutes search, with how many fields hold each (from the index's own vocabulary). */
  minutesSearch: { common: SearchProbe; rare: SearchProbe; phrase: SearchProbe; surname: SearchProbe; caseRef: SearchProbe };
  /** The owner and the team with the most open actions: the biggest filtered action lists. */
  actionOwnerId: number;
  actionOwnerName: string;
  actionOwnerOpen: number;
  actionTeamId: number;
  actionTeamName: string;
  actionTeamOpen: number;
}

export interface SearchProbe {
  query: string;
  /** Fields whose text matches (the FTS part of the search); a name or case reference also matches by LIKE. */
  fields: number;
}

export function describeDataset(sqlite: SqliteDatabase): DatasetShape {
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
  const meetingTypes = all<{ code: string; held: number; planned: number }>(
    "select t.code, sum(m.status != 'planned') as held, sum(m.status = 'planned') as planned from meetings m join meeting_types t on t.id = m.type_id group by t.code order by t.code",
  );
  const itemCounts = all<{ code: string; items: number; min: number; max: number }>(
    'select code, sum(n) as items, min(n) as min, max(n) as max from (select t.code, count(i.id) as n from meetings m join meeting_types t on t.id = m.type_id left join agenda_items i on i.meeting_id = m.id group by m.id) group by code',
  );
  const chars = all<{ code: string; fields: number; mean: number; total: number }>(
    'select t.code, count(*) as fields, round(avg(length(f.value))) as mean, sum(length(f.value)) as total from minute_fields f join agenda_items i on i.id = f.item_id join meetings m on m.id = i.meeting_id join meeting_types t on t.id = m.type_id group by t.code',
  );
  const longest = one<{ id: number; n: number; date: string }>(
    "select m.id, count(i.id) as n, m.date from meetings m join meeting_types t on t.id = m.type_id join agenda_items i on i.meeting_id = m.id where t.code = 'pp' and m.status = 'approved' group by m.id order by n desc, m.date desc limit 1",
  );
  const owner = one<{ id: number; name: string; n: number }>("select p.id, p.name, count(*) as n from actions a join people p on p.id = a.owner_id where a.status = 'open' group by p.id order by n desc, p.id limit 1");
  const actionTeam = one<{ id: number; name: string; n: number }>(
    "select t.id, t.name, count(distinct a.id) as n from actions a join action_children ac on ac.action_id = a.id join children c on c.id = ac.child_id join teams t on t.id = c.team_id where a.status = 'open' group by t.id order by n desc, t.id limit 1",
  );

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
      meetingsByType: Object.fromEntries(
        meetingTypes.map((m) => {
          const items = itemCounts.find((i) => i.code === m.code);
          return [m.code, { held: m.held, planned: m.planned, items: items?.items ?? 0, minItems: items?.min ?? 0, maxItems: items?.max ?? 0 }];
        }),
      ),
      minuteChars: Object.fromEntries(chars.map((c) => [c.code, { fields: c.fields, meanChars: c.mean, totalMb: Math.round(c.total / 1e5) / 10 }])),
      actionsByStatus: Object.fromEntries(all<{ s: string; n: number }>('select status as s, count(*) as n from actions group by 1 order by 1').map((r) => [r.s, r.n])),
      openActionsOverdue: one<{ n: number }>("select count(*) as n from actions where status = 'open' and due_on < ?", DATASET_TODAY).n,
      attendeesPerPanel: one<{ n: number }>("select round(avg(n), 1) as n from (select count(a.id) as n from meetings m join meeting_types t on t.id = m.type_id left join meeting_attendees a on a.meeting_id = m.id where t.code != 'cpm' and m.status != 'planned' group by m.id)").n,
    },
    probes: {
      teamId: team.id,
      teamName: team.name,
      search: surname.last_name.slice(0, 6).toLowerCase(),
      autosaveChildId: median.child_id,
      autosaveChildRatings: median.n,
      minutesMeetingId: longest.id,
      minutesMeetingItems: longest.n,
      minutesMeetingDate: longest.date,
      minutesSearch: searchProbes(sqlite),
      actionOwnerId: owner.id,
      actionOwnerName: owner.name,
      actionOwnerOpen: owner.n,
      actionTeamId: actionTeam.id,
      actionTeamName: actionTeam.name,
      actionTeamOpen: actionTeam.n,
    },
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The words to search for, read from the index's own vocabulary so they stay typical
 * whatever the text composer writes: the commonest word of six letters or more, the
 * middle one of the composer's rare words (a few dozen fields each), a two-word phrase, the commonest
 * surname among children on agendas, and the case reference of the child at most meetings.
 */
function searchProbes(sqlite: SqliteDatabase): Probes['minutesSearch'] {
  sqlite.exec('create virtual table if not exists temp.minutes_vocab using fts5vocab(main, minutes_search, row)');
  try {
    const fields = (query: string) => (sqlite.prepare('select count(*) as n from minutes_search where minutes_search match ?').get(query) as { n: number }).n;
    const common = sqlite.prepare("select term, doc from temp.minutes_vocab where length(term) >= 6 and term not glob '*[^a-z]*' order by doc desc, term limit 1").get() as { term: string; doc: number };
    const lookup = sqlite.prepare('select doc from temp.minutes_vocab where term = ?');
    const rares = RARE_WORDS.map((term) => ({ term, doc: (lookup.get(term) as { doc: number } | undefined)?.doc ?? 0 }))
      .filter((r) => r.doc >= 10)
      .sort((a, b) => a.doc - b.doc || a.term.localeCompare(b.term));
    const rare = rares[Math.floor(rares.length / 2)] ?? { term: RARE_WORDS[0]!, doc: 0 };
    const surname = (sqlite.prepare('select c.last_name as name from agenda_item_children ic join children c on c.id = ic.child_id group by c.last_name order by count(*) desc, c.last_name limit 1').get() as { name: string }).name;
    const caseRef = (sqlite.prepare('select c.case_ref as ref from agenda_item_children ic join children c on c.id = ic.child_id group by c.id order by count(*) desc, c.id limit 1').get() as { ref: string }).ref;
    const phrase = '"parenting assessment"';
    return {
      common: { query: common.term, fields: common.doc },
      rare: { query: rare.term, fields: rare.doc },
      phrase: { query: phrase, fields: fields(phrase) },
      surname: { query: surname, fields: fields(`"${surname}"`) },
      caseRef: { query: caseRef, fields: fields(`"${caseRef}"`) },
    };
  } finally {
    sqlite.exec('drop table if exists temp.minutes_vocab');
  }
}
