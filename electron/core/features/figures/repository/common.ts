import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { IN_CARE_STATUSES } from '../../../../../shared/domain/vocabulary';
import type { ReviewSettings } from '../../../../../shared/review/types';
import type { FiguresDialect } from './dialect';

/*
 * Every management figure as SQL over the tracker cache (`child_tracking`: the review
 * engine's own answer for each child today) and the histories (plans, legal status, RAG
 * ratings, meetings held, Child in Care reviews, key dates, actions). Each figure is one
 * "membership" query: a row (part, unit, child_id) for each thing counted, where `unit`
 * is what is counted (a child, a meeting due, an action) and `child_id` the child behind
 * it. The Figures page counts units per part; the tracker lists the children of a part.
 * One query for both, so a number and the children behind it cannot disagree.
 *
 * One file per figure; what the engines write differently is in dialect.ts.
 */

export interface FigureParams {
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  teamId: number | null;
  settings: ReviewSettings;
  /** The days children's records were kept over: from the earliest entry to care (or the period's start) to past the period and today. A plan's recorded day is worked out quickest inside it. */
  recordedSpan: { from: IsoDate; to: IsoDate };
  /** A red streak that began before this day is drift. */
  redSince: IsoDate;
}

export interface MemberRow {
  part: string;
  unit: string;
  child_id: number;
}

/** A figure's members: its rows (part, unit, child) for the period and team. */
export type Members = (p: FigureParams, d: FiguresDialect) => RawBuilder<MemberRow>;

export const IN_CARE = sql.join(IN_CARE_STATUSES.map((s) => sql`${s}`));

/** The child `c` is in the team asked for (or any team). */
export const inScope = (p: FigureParams, d: FiguresDialect) => sql`(${d.integer(p.teamId)} is null or c.team_id = ${p.teamId})`;

/** The child's legal status on a day: the last recorded by then, else the first ever recorded (a child added later), else today's. */
export function statusAt(day: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`coalesce(
    (select h.legal_status from legal_status_history h where h.child_id = c.id and h.since <= ${day} order by h.since desc, h.id desc limit 1),
    (select h.legal_status from legal_status_history h where h.child_id = c.id order by h.since, h.id limit 1),
    c.legal_status)`;
}
