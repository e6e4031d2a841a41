import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { type FigureId, partUnder } from '../../../../../shared/figures/definitions';
import type { Database } from '../../../data/database';
import { countActionParts as countActionPartsIn, actions, FROM_HISTORIES } from './actions';
import type { FigureParams, MemberRow, Members } from './common';
import { figuresDialect } from './dialect';
import { drift } from './drift';
import { inCare } from './in-care';
import { countProceedings as countProceedingsIn, proceedings } from './proceedings';
import { countRag as countRagIn, rag } from './rag';
import { gapParams } from './review-gaps';
import { timeliness, timelinessFromHistories } from './timeliness';
import { loadBankHolidays } from '../../../data/tables/settings';

/*
 * The management figures' queries, one file per figure (common.ts says how each is built);
 * here what the services ask of them.
 */

export type { FigureParams, MemberRow } from './common';

const MEMBERS: Record<FigureId, Members> = { inCare, proceedings, timeliness, rag, drift, actions };

/**
 * A figure's statement on PostgreSQL: in a read-only transaction of its own, so the figures asked
 * for together run side by side on the pool's connections (each reads its own committed snapshot:
 * management figures need no single snapshot across them); with just-in-time compilation off, which
 * costs the figures' large statements more to compile than it saves in running them; and with room
 * enough to count the actions' distinct ids in memory rather than sorting them on disk.
 * On SQLite, or inside a transaction already, the statement runs as it is.
 */
async function onItsOwn<T>(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (figuresDialect(db).engine !== 'postgres' || db.isTransaction) return run(db);
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`.execute(trx);
      return run(trx);
    });
}

/** A figure's members on the database's engine. */
function members(db: Kysely<Database>, figure: FigureId, p: FigureParams) {
  return MEMBERS[figure](p, figuresDialect(db));
}

/**
 * The figures whose members list each unit once in each part (`unitsListedTwice` finds none), so
 * counting a part's rows counts its units. Actions list an action once for each child behind it,
 * and are counted by `countActionParts`.
 */
export type CountedFigure = Exclude<FigureId, 'actions'>;

/** How many units each part of a figure counts: its rows, with no pass spent setting aside units seen already. */
export async function countParts(db: Kysely<Database>, figure: CountedFigure, p: FigureParams): Promise<Map<string, number>> {
  const { rows } = await onItsOwn(db, (on) => sql<{ part: string; n: number }>`select m.part, count(*) as n from (${members(on, figure, p)}) m group by m.part`.execute(on));
  return new Map(rows.map((r) => [r.part, Number(r.n)]));
}

/** The units a figure lists more than once in a part, with the part: none for each figure countParts counts. */
export async function unitsListedTwice(db: Kysely<Database>, figure: CountedFigure, p: FigureParams): Promise<{ part: string; unit: string }[]> {
  const { rows } = await sql<{ part: string; unit: string }>`select m.part, m.unit from (${members(db, figure, p)}) m group by m.part, m.unit having count(*) > 1`.execute(db);
  return rows;
}

/**
 * How many actions each part counts, with the name of its team or owner: the same actions as
 * their parts' members, counted for each team (or owner) and measure before the parts are named.
 */
export function countActionParts(db: Kysely<Database>, p: FigureParams): Promise<{ part: string; n: number; owner_label: string | null; team_name: string | null }[]> {
  return onItsOwn(db, (on) => countActionPartsIn(on, p, figuresDialect(on)));
}

/** RAG over time counted: each month's children by their latest rating, worked out from when each rating came in and went out rather than from the list of them. */
export function countRag(db: Kysely<Database>, p: FigureParams): Promise<Map<string, number>> {
  return onItsOwn(db, (on) => countRagIn(on, p, figuresDialect(on)));
}

/** The proceedings figure's counts, with the median weeks from issue of those concluded in the period (null when none were), worked out in SQL in one pass. */
export function countProceedings(db: Kysely<Database>, p: FigureParams): Promise<{ parts: Map<string, number>; medianWeeks: number | null }> {
  return onItsOwn(db, (on) => countProceedingsIn(on, p, figuresDialect(on)));
}

/** The children behind a part (and every part under it), for the tracker. */
export async function childrenOfPart(db: Kysely<Database>, figure: FigureId, part: string, p: FigureParams): Promise<number[]> {
  const d = figuresDialect(db);
  const { rows } = await onItsOwn(db, (on) =>
    sql<{ child_id: number }>`select distinct m.child_id from (${members(on, figure, p)}) m where m.part = ${part} or substr(m.part, 1, ${d.integer(part.length + 1)}) = ${`${part}/`}`.execute(on),
  );
  return [...new Set(rows.map((r) => r.child_id))];
}


/** The earliest day any child entered care, or null when none has. */
export async function earliestEntryToCare(db: Kysely<Database>): Promise<IsoDate | null> {
  const { rows } = await sql<{ d: string | null }>`select min(date_entered_care) as d from children`.execute(db);
  return rows[0]?.d ?? null;
}

/** The children named in the report's appendix, by surname then first name (as SQLite orders text: by its bytes), with their team. */
export function childrenNamed(db: Kysely<Database>, ids: readonly number[]): Promise<{ first_name: string; last_name: string; case_ref: string; team: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const d = figuresDialect(db);
  const query = db.selectFrom('children as c').leftJoin('teams as t', 't.id', 'c.team_id').select(['c.first_name', 'c.last_name', 'c.case_ref', 't.name as team']).where('c.id', 'in', ids);
  if (d.engine === 'sqlite') return query.orderBy('c.last_name').orderBy('c.first_name').execute();
  return query.orderBy(d.byBytes(sql.ref('c.last_name'))).orderBy(d.byBytes(sql.ref('c.first_name'))).orderBy('c.id').execute();
}

/** The children behind each of several parts of one figure (each with every part under it), from one pass over its members. */
export async function childrenOfParts(db: Kysely<Database>, figure: FigureId, parts: readonly string[], p: FigureParams): Promise<Map<string, number[]>> {
  const { rows } = await onItsOwn(db, (on) => sql<{ part: string; child_id: number }>`select distinct m.part, m.child_id from (${members(on, figure, p)}) m`.execute(on));
  return new Map(parts.map((part) => [part, [...new Set(rows.filter((r) => partUnder(r.part, part)).map((r) => r.child_id))]]));
}

/**
 * Timeliness's members two ways, each sorted: from the deadlines the tracker's refresh keeps
 * (brought up to date first by the caller, as the figures are), and from the histories, every
 * child's deadlines worked out afresh. The two must always be the same; the figures read the first.
 */
export async function timelinessBothWays(db: Kysely<Database>, p: FigureParams): Promise<{ kept: MemberRow[]; fromHistories: MemberRow[] }> {
  const d = figuresDialect(db);
  const g = await gapParams(db, null, p.today, p.settings, await loadBankHolidays(db));
  const sorted = (rows: MemberRow[]) => rows.map((r) => ({ part: r.part, unit: r.unit, child_id: Number(r.child_id) })).sort((a, b) => (a.part + a.unit < b.part + b.unit ? -1 : a.part + a.unit > b.part + b.unit ? 1 : 0));
  const kept = await sql<MemberRow>`select * from (${timeliness(p, d)}) m`.execute(db);
  const fromHistories = await sql<MemberRow>`select * from (${timelinessFromHistories(p, g, d)}) m`.execute(db);
  return { kept: sorted(kept.rows), fromHistories: sorted(fromHistories.rows) };
}

/**
 * The actions' counts three ways: from `action_teams`, as the database's triggers keep it; the same
 * worked out from the actions and their children's teams as they are now; and each part's actions
 * counted one by one from the members the tracker lists for it, which groups nothing. All three must
 * always agree; the figures read the first.
 */
export async function actionCountsBothWays(
  db: Kysely<Database>,
  p: FigureParams,
): Promise<{ kept: Awaited<ReturnType<typeof countActionParts>>; fromHistories: Awaited<ReturnType<typeof countActionParts>>; listed: Map<string, number> }> {
  const d = figuresDialect(db);
  const { rows } = await sql<{ part: string; n: number }>`select m.part, count(distinct m.unit) as n from (${actions(p, d)}) m group by m.part`.execute(db);
  return { kept: await countActionPartsIn(db, p, d), fromHistories: await countActionPartsIn(db, p, d, FROM_HISTORIES), listed: new Map(rows.map((r) => [r.part, Number(r.n)])) };
}

/** The ratings' spans two ways: as the database's triggers keep them in `rating_spans`, and worked out from the ratings now. The two must always be the same. */
export async function ratingSpansBothWays(db: Kysely<Database>): Promise<{ kept: unknown[]; fromHistories: unknown[] }> {
  const kept = await sql`select rating_id, child_id, rating, rated_on, until from rating_spans order by rating_id`.execute(db);
  const fromHistories = await sql`select r.id as rating_id, r.child_id, r.rating, r.rated_on, coalesce(lead(r.rated_on) over (partition by r.child_id order by r.rated_on, r.id), '9999-12-31') as until
    from rag_ratings r order by r.id`.execute(db);
  return { kept: kept.rows, fromHistories: fromHistories.rows };
}
