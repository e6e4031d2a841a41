import { compareUrgency } from '../../../../shared/agenda/fit';
import { planSlots } from '../../../../shared/agenda/slots';
import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import { plusDays } from '../../../../shared/domain/day-numbers';
import { subtractWorkingDays } from '../../../../shared/domain/working-days';
import type { AgendaChild, AgendaItem, MeetingDetail, MeetingSummary } from '../../../../shared/schemas/agenda';
import type { MeetingRow, MeetingTypeRow } from '../../db/schema';
import type { Db } from '../../db/db-type';
import type { ServiceContext } from '../../context';
import { loadBankHolidays, settingFromStored } from '../../data/tables/settings';
import { notFound } from '../guards';
import { dueChildren } from './proposals';
import { loadSeriesAndRota, rotaFor, rotaSourceFrom, type RotaSource } from '../rota/rota-source';
import { findMeeting, seriesName } from './repository/meetings';
import { meetingDetailQueries } from './repository/detail-reads';
import { readTogether, type ReadTogether } from '../../data/read-together';
import { agendaItems } from '../../data/tables/agenda-items';
import { holidaySet } from '../../../../shared/domain/bank-holidays';
import { personNamed, teamNamed } from '../settings/repository';

export async function getMeetingRow(db: Db, id: number): Promise<MeetingRow> {
  const row = await findMeeting(db, id);
  if (!row) throw notFound('meeting');
  return row;
}

export async function summarise(db: Db, m: MeetingRow, type: MeetingTypeRow, itemCount: number): Promise<MeetingSummary> {
  const [series, chair, team, holidays] = await Promise.all([
    m.series_id === null ? undefined : seriesName(db, m.series_id),
    m.chair_id === null ? undefined : personNamed(db, m.chair_id),
    m.team_id === null ? undefined : teamNamed(db, m.team_id),
    type.papers_due_working_days === null ? undefined : loadBankHolidays(db),
  ]);
  return summaryFrom(m, type, itemCount, { series, chair, team, holidays });
}

/** A meeting's summary from its row and the names and bank holidays already read. */
function summaryFrom(
  m: MeetingRow,
  type: MeetingTypeRow,
  itemCount: number,
  read: { series?: { name: string }; chair?: { name: string }; team?: { name: string }; holidays?: ReadonlySet<string> },
): MeetingSummary {
  const { series, chair, team, holidays } = read;
  return {
    id: m.id,
    typeId: type.id,
    typeName: type.name,
    form: type.form,
    seriesId: m.series_id,
    seriesName: series?.name ?? null,
    date: m.date,
    startTime: m.start_time,
    endTime: m.end_time,
    venue: m.venue,
    chairId: m.chair_id,
    chairName: chair?.name ?? null,
    teamId: m.team_id,
    teamName: team?.name ?? null,
    status: m.status,
    itemCount,
    papersDueOn: holidays && type.papers_due_working_days !== null ? subtractWorkingDays(m.date, type.papers_due_working_days, holidays) : null,
    version: m.version,
  };
}

/**
 * Suggestions cover what falls due before the same team's next turn, not just by this
 * date: with two teams alternating, a child due the day after their team's panel would
 * otherwise wait a fortnight past their due date.
 */
export async function dueByFor(db: Db, m: MeetingRow, known?: RotaSource): Promise<IsoDate> {
  if (m.series_id === null) return m.date;
  const source = known ?? (await loadSeriesAndRota(db, m.series_id))!.source;
  const next = rotaFor(source, plusDays(m.date, 1), plusDays(m.date, 366)).occurrences.find(
    (o) => o.status === 'scheduled' && (m.team_id === null || o.teamId === m.team_id),
  );
  return next ? plusDays(next.date, -1) : m.date;
}

/** What `meetingDetailQueries` answers: the detail is made from it (plus, for a planned meeting, its suggestions). */
export type MeetingDetailRead = ReadTogether<ReturnType<typeof meetingDetailQueries>>;

function itemsFrom(read: MeetingDetailRead): Omit<AgendaItem, 'start' | 'end' | 'canGroupWith'>[] {
  const byItem = new Map<number, AgendaChild[]>();
  for (const c of read.children) {
    const list = byItem.get(c.item_id) ?? [];
    list.push({ id: c.id, caseRef: c.case_ref, firstName: c.first_name, lastName: c.last_name, teamName: c.team_name, socialWorkerName: c.sw_name, siblingGroupId: c.sibling_group_id });
    byItem.set(c.item_id, list);
  }
  return read.items.map((i, index) => ({
    id: i.id,
    position: index + 1,
    children: byItem.get(i.id) ?? [],
    presenterId: i.presenter_id,
    presenterName: i.presenter_name,
    slotMinutes: i.slot_minutes,
    reason: i.reason,
    source: i.source,
    dueRule: i.due_rule,
    lgpReason: i.lgp_reason,
    papers: agendaItems.columns.papers.decode(i.papers),
    version: i.version,
  }));
}

/**
 * A meeting's agenda as every screen shows it. On a team store each statement is a round trip:
 * what it reads goes as one statement (`readTogether`); a page that shows more beside the agenda
 * (the live minutes) sends `meetingDetailQueries` with its own and makes the detail with
 * `meetingDetailFrom`.
 */
export async function meetingDetail(ctx: ServiceContext, meetingId: number, db: Db = ctx.db): Promise<MeetingDetail> {
  return meetingDetailFrom(ctx, db, await readTogether(db, meetingDetailQueries(db, meetingId)));
}

export async function meetingDetailFrom(ctx: ServiceContext, db: Db, read: MeetingDetailRead): Promise<MeetingDetail> {
  const m = read.meeting[0];
  if (!m) throw notFound('meeting');
  const type = read.type[0]!;
  const items = itemsFrom(read);
  const plan = planSlots(
    m.start_time,
    m.end_time,
    items.map((i) => i.slotMinutes),
  );
  const groupOf = new Map<number, number[]>();
  for (const item of items) {
    for (const c of item.children) if (c.siblingGroupId !== null) groupOf.set(c.siblingGroupId, [...(groupOf.get(c.siblingGroupId) ?? []), item.id]);
  }
  const withSlots: AgendaItem[] = items.map((item, i) => {
    const others = new Set<number>();
    for (const c of item.children) for (const other of c.siblingGroupId === null ? [] : (groupOf.get(c.siblingGroupId) ?? [])) if (other !== item.id) others.add(other);
    return { ...item, start: plan.slots[i]!.start, end: plan.slots[i]!.end, canGroupWith: [...others] };
  });

  let suggestions: MeetingDetail['suggestions'] = [];
  let dueBy: IsoDate | null = null;
  if (type.proposes !== null && type.form !== 'cpm' && m.status === 'planned') {
    dueBy = await dueByFor(db, m, rotaSourceFrom(read));
    const onAgenda = new Set(items.flatMap((i) => i.children.map((c) => c.id)));
    const due = await dueChildren(db, { kind: type.proposes, teamId: m.team_id, dueBy, today: todayIso(ctx.now()), elsewhere: { typeId: type.id, exceptMeetingId: m.id } });
    suggestions = due
      .filter((d) => !onAgenda.has(d.childId))
      .sort(compareUrgency(m.date))
      .map((d) => ({ childId: d.childId, caseRef: d.caseRef, firstName: d.firstName, lastName: d.lastName, teamName: d.teamName, dueDate: d.dueDate, reason: d.reason }));
  }
  const holidays = holidaySet(settingFromStored('bankHolidays', read.bankHolidays[0]?.value));
  return {
    meeting: summaryFrom(m, type, items.length, { series: read.series[0], chair: read.chairName[0], team: read.teamName[0], holidays }),
    items: withSlots,
    plan: { endsAt: plan.endsAt, totalMinutes: plan.totalMinutes, sessionMinutes: plan.sessionMinutes, overrunMinutes: plan.overrunMinutes },
    suggestions,
    dueBy,
    defaultSlotMinutes: type.slot_minutes,
  };
}
