import type { IsoDate } from '../../../../shared/domain/dates';
import type { MeetingKind, Rag } from '../../../../shared/domain/vocabulary';
import type { DueItem } from '../../../../shared/review/types';
import type { AgendaSuggestion } from '../../../../shared/schemas/agenda';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/db-type';
import type { Database } from '../../db/schema';
import { bringTrackingUpToDate, refreshStaleTracking } from '../../data/tracking/refresh';
import { childrenWithDueOfKind } from './repository/due';

export interface DueChild extends AgendaSuggestion {
  rule: DueItem['rule'];
  rag: Rag | null;
  week26Date: IsoDate | null;
  siblingGroupId: number | null;
  socialWorkerId: number | null;
  teamManagerId: number | null;
}

/**
 * The children the review engine says are due for a kind of meeting by a date: for a
 * Permanence Panel, the team's children due at panel (after an LGP decision to issue,
 * or 4-weekly while red). Read from the tracker's cache of the engine's answer, which
 * is brought up to today first, so a proposal always agrees with the tracker.
 * Each child appears once, with their soonest due item of that kind.
 */
export async function dueChildren(
  db: Db,
  opts: {
    kind: MeetingKind;
    teamId: number | null;
    dueBy: IsoDate;
    today: IsoDate;
    /** Leave out children already on another coming meeting of this type: one due review, one agenda. */
    elsewhere?: { typeId: number; exceptMeetingId: number };
  },
): Promise<DueChild[]> {
  // Inside a caller's transaction the pass must be part of it; outside one, a batch at a time.
  if (db.isTransaction) await refreshStaleTracking(db, opts.today);
  else await bringTrackingUpToDate(db as Kysely<Database>, opts.today);
  const rows = await childrenWithDueOfKind(db, { kind: opts.kind, teamId: opts.teamId, today: opts.today, elsewhere: opts.elsewhere });
  const out: DueChild[] = [];
  for (const r of rows) {
    const item = r.due.filter((d) => d.kind === opts.kind && d.date <= opts.dueBy).sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!item) continue;
    out.push({
      childId: r.id,
      caseRef: r.case_ref,
      firstName: r.first_name,
      lastName: r.last_name,
      teamName: r.team_name,
      dueDate: item.date,
      reason: item.reason,
      rule: item.rule,
      rag: r.rag,
      week26Date: r.week26_date,
      siblingGroupId: r.sibling_group_id,
      socialWorkerId: r.social_worker_id,
      teamManagerId: r.team_manager_id,
    });
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}
