import type { SqliteDatabase } from '../../../electron/core/db/sqlite-file';
import { fromDayNumber } from '../../../shared/domain/day-numbers';
import type { Gender, KeyDateType, LegalStatus, LgpDecision, PermanenceOption } from '../../../shared/domain/vocabulary';
import type { Role } from '../../../shared/roles';
import type { Prng } from './prng';
import type { Timeline } from './timeline';

/**
 * What earlier parts of the build made and later parts need: the teams, people and
 * children with their timelines. Parts to come (meetings, minutes, actions) read it
 * to attach their rows to the same children and people.
 */
export interface World {
  /** Day numbers (days since 01/01/1970), the review engine's fast date form. */
  today: number;
  firstDay: number;
  teams: TeamRec[];
  people: PersonRec[];
  /** The Windows user names that appear as "who" in the audit log and on plans and ratings. */
  actors: string[];
  children: ChildRec[];
  /** Panels and Care Planning Meetings, in the order written (each part appends its own). */
  meetings: MeetingRec[];
}

export interface TeamRec {
  id: number;
  name: string;
  archived: boolean;
  managerId: number | null;
}

export interface PersonRec {
  id: number;
  name: string;
  role: Role;
  teamIndex: number | null;
  archived: boolean;
  /** The day they joined, and the day they left when they have (archived). */
  joined: number;
  left: number | null;
}

/** The shape of a child's case: which history they accumulate. */
export type CasePath = 'proceedings' | 'plo' | 's20' | 'protection' | 'need' | 'other';

/** A child as built: their case timeline plus who they are. */
export interface ChildRec extends Timeline {
  id: number;
  caseRef: string;
  firstName: string;
  lastName: string;
  status: LegalStatus;
  teamIndex: number;
  /** The last day anything can have happened: closure, or today. */
  end: number;
  gender: Gender;
  siblingGroup: number | null;
  socialWorkerId: number;
  teamManagerId: number | null;
  iroId: number | null;
}

export type MeetingCode = 'pp' | 'lgp' | 'cpm';

/** A meeting as built: held (approved minutes) or booked ahead (planned, agenda only). */
export interface MeetingRec {
  id: number;
  code: MeetingCode;
  day: number;
  status: 'approved' | 'planned';
  typeName: string;
  items: ItemRec[];
}

/** An agenda item: one child, or a sibling group discussed together. */
export interface ItemRec {
  id: number;
  meeting: MeetingRec;
  childIds: number[];
  /** Legal Gateway only: the decision the panel made (the child's key date). */
  decision: LgpDecision | null;
}

export interface KeyDateRec {
  type: KeyDateType;
  day: number;
  decision: LgpDecision | null;
  label: string | null;
  notes: string | null;
}

export interface PlanRec {
  primary: PermanenceOption;
  parallel: PermanenceOption[];
}

/** What a part is handed: the store, the seeded generator, the world so far and an audit writer. */
export interface BuildContext {
  sqlite: SqliteDatabase;
  rnd: Prng;
  world: World;
  audit: AuditWriter;
}

export interface AuditWriter {
  (row: { day: number; actor: string; action: string; entity: string; entityId: number | null; summary: string; details?: unknown }): void;
  count(): number;
}

export function iso(day: number): string {
  return fromDayNumber(day);
}

/** dd/mm/yyyy without date-fns: the build formats a few hundred thousand of these. */
export function ukDate(day: number): string {
  const d = fromDayNumber(day);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** A time in office hours on that day, as the services stamp rows (ISO, UTC). */
export function stamp(rnd: Prng, day: number): string {
  const h = rnd.int(8, 17);
  const m = rnd.int(0, 59);
  const s = rnd.int(0, 59);
  return `${fromDayNumber(day)}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}.000Z`;
}

export function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, value));
}

export function makeAuditWriter(sqlite: SqliteDatabase, rnd: Prng): AuditWriter {
  const insert = sqlite.prepare('insert into audit_log (at, actor, action, entity, entity_id, summary, details) values (?, ?, ?, ?, ?, ?, ?)');
  let n = 0;
  const write = ((row) => {
    insert.run(stamp(rnd, row.day), row.actor, row.action, row.entity, row.entityId, row.summary, row.details === undefined ? null : JSON.stringify(row.details));
    n++;
  }) as AuditWriter;
  write.count = () => n;
  return write;
}

/** The days a child's plan was being rated: from soon after the case began to closure, or to a special guardianship order (then no longer in care). */
export function ratedWindow(child: ChildRec): { from: number; to: number } {
  const to = child.status === 'sgo' && child.finalOrder !== null ? Math.min(child.finalOrder, child.end) : child.end;
  return { from: Math.min(child.start + 7, to), to };
}

/** The days a child could be discussed at Care Planning Meetings and Permanence Panel. */
export function discussedWindow(child: ChildRec): { from: number; to: number } {
  const { to } = ratedWindow(child);
  return { from: Math.min(child.enteredCare ?? child.start, to), to };
}
