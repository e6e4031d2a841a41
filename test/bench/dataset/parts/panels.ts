import type { SqliteDatabase, SqliteStatement } from '../../../../electron/core/db/sqlite-file';
import { DEFAULT_BANK_HOLIDAYS } from '../../../../electron/core/data/tables/settings';
import { toDayNumber, weekdayOfDayNumber } from '../../../../shared/domain/day-numbers';
import { englandWalesBankHolidays } from '../../../../shared/domain/bank-holidays';
import type { LgpDecision } from '../../../../shared/domain/vocabulary';
import { generateRota } from '../../../../shared/rota/generate';
import type { DateOverride, ExtraDate, Occurrence, SeriesPattern } from '../../../../shared/rota/types';
import { bankHolidayDays, coreAttendance, isWorkingDay, meetingTypes, meetingWriter, staffOn, type NewItem } from '../meeting-rows';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { discussedWindow, iso, stamp, ukDate, type ChildRec, type World } from '../world';

const W = 7;

interface SeriesSpec {
  code: 'pp' | 'lgp';
  name: string;
  weekday: number;
  start: number;
  end: number;
  venue: string;
  holidayRule: 'skip' | 'move';
  /** Team indexes in turn order; empty = open to every team. */
  rotation: number[];
}

/**
 * Ten years of the council's two weekly panels, held in Panelroom: a Permanence Panel
 * on Thursdays that every team takes in turn (as the agenda measurement's series), and
 * a Legal Gateway Panel on Mondays open to every team, moved to the Tuesday after a
 * bank holiday. Dates come from the app's own rota generator, with the one-off changes
 * a decade brings (Christmas, bank holidays before the shipped list, moves, swaps, extra
 * panels) stored as the app stores them. Every past panel was held and its minutes approved.
 *
 * Permanence Panel agendas are that team's children in care or in pre-proceedings, the
 * ones due 4 and 14 weeks after a decision to issue first, then those in proceedings,
 * then the rest, none heard at panel in the previous eight weeks. A Legal Gateway agenda
 * is the children whose Legal Gateway key date falls within three days of the panel
 * (the key date is moved onto the panel's date, as the decision was made there).
 */
export const panels: DatasetPart = {
  name: 'panels (Permanence Panel, Legal Gateway)',
  target: `about ${TARGET_SIZES.panels.toLocaleString('en-GB')} weekly panels over ten years, agendas of ${TARGET_SIZES.ppItems.min}–${TARGET_SIZES.ppItems.max} (PP) and ${TARGET_SIZES.lgpItems.min}–${TARGET_SIZES.lgpItems.max} (LGP) items, ~8 attending`,
  build({ sqlite, rnd, world, audit }) {
    const types = meetingTypes(sqlite);
    const staff = staffOn(world);
    const writer = meetingWriter(sqlite, rnd, world, audit);
    const holidayDays = bankHolidayDays(world);
    const teamIndexOf = new Map(world.teams.map((t, i) => [t.id, i]));
    const insertSeries = sqlite.prepare(`insert into meeting_series (type_id, name, weekday, interval, month_week, starts_on, ends_on, start_time, end_time, venue, chair_id, holiday_rule, archived_at, created_at, updated_at)
      values (?, ?, ?, 'weekly', null, ?, null, ?, ?, ?, ?, ?, null, ?, ?)`);
    const insertRotation = sqlite.prepare('insert into series_rotation (series_id, position, team_id) values (?, ?, ?)');
    const insertOverride = sqlite.prepare('insert into series_overrides (series_id, pattern_date, cancelled, moved_to, team_id, note, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
    const callOff = sqlite.prepare('insert or replace into series_overrides (series_id, pattern_date, cancelled, moved_to, team_id, note, updated_at) values (?, ?, 1, null, null, ?, ?)');
    const insertExtra = sqlite.prepare('insert into series_extras (series_id, date, team_id, note, created_at) values (?, ?, ?, ?, ?)');
    const counts: Record<string, number> = { meeting_series: 0, series_rotation: 0, series_overrides: 0, series_extras: 0 };

    const specs: SeriesSpec[] = [
      { code: 'pp', name: 'Permanence Panel (Thursday)', weekday: 3, start: 9 * 60 + 30, end: 16 * 60, venue: 'Civic Centre, Committee Room 2', holidayRule: 'skip', rotation: world.teams.map((_, i) => i) },
      { code: 'lgp', name: 'Legal Gateway Panel (Monday)', weekday: 0, start: 13 * 60 + 30, end: 16 * 60 + 30, venue: 'Civic Centre, Room 4', holidayRule: 'move', rotation: [] },
    ];
    const appHolidays = new Map(DEFAULT_BANK_HOLIDAYS.map((h) => [h.date, h.name]));
    // The app ships bank holidays from 2024; before then the council cancelled or moved those dates by hand.
    const earlier = englandWalesBankHolidays(Number(iso(world.firstDay).slice(0, 4)), 2023);
    const lgpKeyDates = loadLgpKeyDates(sqlite);
    const moveKeyDate = sqlite.prepare('update key_dates set date = ? where id = ?');
    const childById = new Map(world.children.map((c) => [c.id, c]));
    const pp = ppPicker(world);

    for (const spec of specs) {
      const type = types[spec.code];
      const startsOn = iso(world.firstDay);
      const chair = staff.pick(rnd, 'chair', world.firstDay);
      const created = stamp(rnd, world.firstDay);
      const seriesId = Number(insertSeries.run(type.id, spec.name, spec.weekday, startsOn, clockOf(spec.start), clockOf(spec.end), spec.venue, chair?.id ?? null, spec.holidayRule, created, created).lastInsertRowid);
      counts.meeting_series!++;
      audit({ day: world.firstDay, actor: 'setup', action: 'create', entity: 'series', entityId: seriesId, summary: `Added the series ${spec.name}` });
      const rotation = spec.rotation.map((i) => world.teams[i]!.id);
      rotation.forEach((teamId, i) => insertRotation.run(seriesId, i + 1, teamId));
      counts.series_rotation! += rotation.length;

      const pattern: SeriesPattern = { weekday: spec.weekday, interval: 'weekly', monthWeek: null, startsOn, endsOn: null, holidayRule: spec.holidayRule, rotation };
      const first = generateRota(pattern, appHolidays, [], [], { from: startsOn, to: iso(world.today) }).occurrences;
      const overrides = oneOffChanges(rnd, world, spec, first, earlier, holidayDays, rotation);
      for (const o of overrides) insertOverride.run(seriesId, o.patternDate, o.cancelled ? 1 : 0, o.movedTo, o.teamId, o.note, stamp(rnd, Math.min(world.today, toDayNumber(o.patternDate) - rnd.int(3, 40))));
      counts.series_overrides! += overrides.length;
      const extras: ExtraDate[] = [];
      if (spec.code === 'pp') {
        // About once a year an extra panel clears a backlog; it takes no team's turn.
        for (let year = Number(startsOn.slice(0, 4)) + 1; year <= Number(iso(world.today).slice(0, 4)); year++) {
          let day = toDayNumber(`${year}-${String(rnd.int(2, 11)).padStart(2, '0')}-${String(rnd.int(1, 27)).padStart(2, '0')}`);
          while (!isWorkingDay(day, holidayDays) || weekdayOfDayNumber(day) === spec.weekday) day++;
          if (day >= world.today) continue;
          const note = 'Extra panel to clear the backlog';
          const id = Number(insertExtra.run(seriesId, iso(day), null, note, stamp(rnd, day - rnd.int(7, 21))).lastInsertRowid);
          extras.push({ id, date: iso(day), teamId: null, note });
        }
        counts.series_extras! += extras.length;
      }

      const held = generateRota(pattern, appHolidays, overrides, extras, { from: startsOn, to: iso(world.today - 1) }).occurrences.filter((o) => o.status === 'scheduled');
      for (const occ of held) {
        const day = toDayNumber(occ.date);
        const teamIndex = occ.teamId === null ? null : teamIndexOf.get(occ.teamId)!;
        const items = spec.code === 'pp' ? pp.agenda(rnd, day, teamIndex) : lgpAgenda(rnd, day, lgpKeyDates, childById, moveKeyDate);
        if (items.length === 0 && occ.patternDate !== null && rotation.length === 0) {
          // A Legal Gateway with nothing booked is called off (no rota: no team loses its turn).
          callOff.run(seriesId, occ.patternDate, 'No cases booked', stamp(rnd, day - rnd.int(1, 6)));
          counts.series_overrides!++;
          continue;
        }
        const meetingChair = chair && chair.joined <= day && (chair.left === null || chair.left >= day) ? chair : staff.pick(rnd, 'chair', day);
        writer.write(
          { type, seriesId, occurrenceKey: occ.key, day, start: spec.start, end: spec.end, venue: spec.venue, chair: meetingChair, teamId: occ.teamId, held: true, preparedOn: day - rnd.int(5, 14) },
          items,
          coreAttendance(rnd, staff, type, day, meetingChair, teamIndex),
        );
      }
    }
    const written = writer.counts();
    return { ...counts, meetings: written.meetings, agenda_items: written.agenda_items, agenda_item_children: written.agenda_item_children, meeting_attendees: written.meeting_attendees, child_meetings: written.child_meetings, key_dates_moved_onto_panels: lgpKeyDates.moved };
  },
};

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What ten years do to a weekly series: Christmas, bank holidays the app did not know yet, the odd move or swap. */
function oneOffChanges(rnd: Prng, world: World, spec: SeriesSpec, dates: readonly Occurrence[], earlier: readonly { date: string; name: string }[], holidayDays: ReadonlySet<number>, rotation: number[]): DateOverride[] {
  const out = new Map<string, DateOverride>();
  const earlierNames = new Map(earlier.map((h) => [h.date, h.name]));
  const patternDates = new Set(dates.map((o) => o.patternDate).filter((d) => d !== null));
  for (const o of dates) {
    const date = o.patternDate;
    if (date === null || o.status !== 'scheduled') continue;
    const day = toDayNumber(date);
    const holiday = earlierNames.get(date);
    if (holiday) {
      if (spec.holidayRule === 'skip') out.set(date, { patternDate: date, cancelled: true, movedTo: null, teamId: null, note: `Bank holiday (${holiday})` });
      else {
        let to = day + 1;
        while (!isWorkingDay(to, holidayDays)) to++;
        out.set(date, { patternDate: date, cancelled: false, movedTo: iso(to), teamId: null, note: `Bank holiday (${holiday}): moved to the next working day` });
      }
      continue;
    }
    const md = date.slice(5);
    if (md >= '12-24' || md <= '01-02') {
      out.set(date, { patternDate: date, cancelled: true, movedTo: null, teamId: null, note: 'No panel over Christmas' });
      continue;
    }
    if (day >= world.today) continue;
    if (rnd.chance(1 / 45) && isWorkingDay(day + 1, holidayDays) && !patternDates.has(iso(day + 1))) {
      out.set(date, { patternDate: date, cancelled: false, movedTo: iso(day + 1), teamId: null, note: 'Moved: the chair is in court' });
    } else if (rotation.length > 1 && rnd.chance(1 / 30)) {
      const other = rnd.pick(rotation.filter((t) => t !== o.teamId));
      out.set(date, { patternDate: date, cancelled: false, movedTo: null, teamId: other, note: 'Teams swapped at the team manager’s request' });
    }
  }
  return [...out.values()];
}

/**
 * Chooses each Permanence Panel's children: first any child due 4 or 14 weeks after a
 * decision to issue, whichever team (the coordinator adds those of other teams, as a
 * twelve-team rota would otherwise keep them waiting up to twelve weeks); then the
 * children in care or in pre-proceedings of the team whose turn it is, those in
 * proceedings first; then other teams' children in proceedings. None is heard twice in
 * eight weeks. A panel takes 10 to 30 items, the full 30 in a busy week.
 */
function ppPicker(world: World) {
  const eligible = world.children.filter((c) => c.enteredCare !== null || c.path === 'plo');
  const windowOf = new Map(eligible.map((c) => [c.id, discussedWindow(c)]));
  const groupOf = new Map<number, ChildRec[]>();
  for (const c of eligible) if (c.siblingGroup !== null) groupOf.set(c.siblingGroup, [...(groupOf.get(c.siblingGroup) ?? []), c]);
  const lastHeard = new Map<number, number>();
  const sinceIssue = new Map<number, number>();

  return {
    agenda(rnd: Prng, day: number, teamIndex: number | null): NewItem[] {
      const ranked: { child: ChildRec; band: number; own: boolean; score: number }[] = [];
      for (const c of eligible) {
        const w = windowOf.get(c.id)!;
        if (day < w.from || day > w.to) continue;
        const own = teamIndex === null || c.teamIndex === teamIndex;
        const heard = sinceIssue.get(c.id) ?? 0;
        const band =
          c.issueDecision !== null && day >= c.issueDecision + 3 * W && day <= c.issueDecision + 30 * W && heard < 2
            ? 3
            : (c.issued !== null && day >= c.issued && day <= (c.finalOrder ?? c.end)) || c.path === 'plo'
              ? 2
              : 1;
        if (!own && band < 2) continue;
        const last = lastHeard.get(c.id);
        if (band < 3 && last !== undefined && day - last < 8 * W) continue;
        // Due after a decision to issue comes first, whichever team; then the team's own children.
        ranked.push({ child: c, band, own, score: (band === 3 ? 10 : own ? band * 2 : band) + rnd.next() * 1.5 });
      }
      ranked.sort((a, b) => b.score - a.score || a.child.id - b.child.id);
      // A busy week fills the panel.
      const due = ranked.filter((r) => r.band === 3).length;
      const wanted = Math.max(rnd.int(10, 30), Math.min(30, due));
      const taken = new Set<number>();
      const items: NewItem[] = [];
      for (const { child, band, own } of ranked) {
        if (items.length >= wanted) break;
        if (taken.has(child.id)) continue;
        const group = child.siblingGroup === null ? [child] : (groupOf.get(child.siblingGroup) ?? [child]).filter((s) => s.id === child.id || (!taken.has(s.id) && inWindow(windowOf.get(s.id)!, day)));
        for (const s of group) {
          taken.add(s.id);
          lastHeard.set(s.id, day);
          if (s.issueDecision !== null && day >= s.issueDecision) sinceIssue.set(s.id, (sinceIssue.get(s.id) ?? 0) + 1);
        }
        const red = band === 2 && rnd.chance(0.3);
        const milestone = (sinceIssue.get(child.id) ?? 1) <= 1 ? 4 : 14;
        items.push({
          children: group,
          presenterId: child.socialWorkerId,
          reason:
            band === 3
              ? `Permanence Panel ${milestone} weeks after the Legal Gateway decision to issue (${ukDate(child.issueDecision!)})`
              : red
                ? 'Plan rated red: Permanence Panel every 4 weeks'
                : rnd.pick(['Review of the permanence plan', 'Progress of the plan for permanence', 'Placement stability', 'Update before the final hearing']),
          source: !own ? 'added' : band === 3 || red ? 'proposed' : rnd.chance(0.8) ? 'proposed' : 'added',
          dueRule: band === 3 ? 'pp-after-issue' : red ? 'pp-red-4-weekly' : null,
          lgpReason: null,
          papers: null,
          decision: null,
        });
      }
      return items;
    },
  };
}

function inWindow(w: { from: number; to: number }, day: number): boolean {
  return day >= w.from && day <= w.to;
}

interface LgpKeyDate {
  id: number;
  childId: number;
  day: number;
  decision: LgpDecision;
  assigned: boolean;
}

function loadLgpKeyDates(sqlite: SqliteDatabase): { list: LgpKeyDate[]; next: number; moved: number; seen: Set<number> } {
  const rows = sqlite.prepare("select id, child_id, date, decision from key_dates where type = 'lgp' order by date, id").all() as { id: number; child_id: number; date: string; decision: LgpDecision | null }[];
  return { list: rows.map((r) => ({ id: r.id, childId: r.child_id, day: toDayNumber(r.date), decision: r.decision ?? 'other', assigned: false })), next: 0, moved: 0, seen: new Set() };
}

const PAPER_WEIGHTS = [['received', 85], ['not_needed', 8], ['outstanding', 7]] as const;

/** The children whose Legal Gateway date falls within three days of this panel: three to six of them, nearest first. */
function lgpAgenda(
  rnd: Prng,
  day: number,
  kd: ReturnType<typeof loadLgpKeyDates>,
  childById: ReadonlyMap<number, ChildRec>,
  moveKeyDate: SqliteStatement,
): NewItem[] {
  while (kd.next < kd.list.length && kd.list[kd.next]!.day < day - 3) kd.next++;
  const near: LgpKeyDate[] = [];
  for (let i = kd.next; i < kd.list.length && kd.list[i]!.day <= day + 3; i++) if (!kd.list[i]!.assigned) near.push(kd.list[i]!);
  near.sort((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day) || a.id - b.id);
  const wanted = rnd.int(3, 6);
  const items: NewItem[] = [];
  const used = new Set<number>();
  for (const k of near) {
    if (items.length >= wanted) break;
    if (used.has(k.childId)) continue;
    const child = childById.get(k.childId)!;
    // Siblings share a case history, so their Legal Gateway dates coincide: one item for the group.
    const together = near.filter((o) => !o.assigned && !used.has(o.childId) && o.day === k.day && o.decision === k.decision && (o.childId === k.childId || (child.siblingGroup !== null && childById.get(o.childId)!.siblingGroup === child.siblingGroup)));
    for (const o of together) {
      o.assigned = true;
      used.add(o.childId);
      if (o.day !== day) {
        moveKeyDate.run(iso(day), o.id);
        kd.moved++;
      }
    }
    const first = !kd.seen.has(k.childId);
    for (const o of together) kd.seen.add(o.childId);
    const reason = k.decision === 'other' && child.path === 's20' ? 'unplanned_entry' : first ? 'new_referral' : 'twelve_week_review';
    const papers = { genogram: rnd.weighted(PAPER_WEIGHTS), chronology: rnd.weighted(PAPER_WEIGHTS), referral: rnd.weighted(PAPER_WEIGHTS), assessment: rnd.weighted(PAPER_WEIGHTS) };
    items.push({
      children: together.map((o) => childById.get(o.childId)!),
      presenterId: child.socialWorkerId,
      reason:
        reason === 'new_referral'
          ? 'New referral: is the threshold for proceedings met?'
          : reason === 'unplanned_entry'
            ? 'First available Legal Gateway Panel: unplanned entry to care'
            : `12-week Legal Gateway review (${child.path === 's20' ? 'Section 20' : 'pre-proceedings'})`,
      source: reason === 'new_referral' ? 'added' : 'proposed',
      dueRule: reason === 'twelve_week_review' ? 'lgp-12-week-review' : reason === 'unplanned_entry' ? 'lgp-first-available' : null,
      lgpReason: reason,
      papers: JSON.stringify(papers),
      decision: k.decision,
    });
  }
  return items;
}

