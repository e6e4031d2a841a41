import type { Gender, LegalStatus } from '../../../../shared/domain/vocabulary';
import { TARGET_SIZES } from '../spec';
import { CLOSURE_REASONS, ETHNICITIES, FIRST_NAMES, surname, TEAMS_BY_WORK } from '../vocab';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { CLOSED_STATUSES, OPEN_STATUSES, timelineFor } from '../timeline';
import { iso, stamp, ukDate, type ChildRec, type PersonRec, type World } from '../world';

/**
 * 10,000 children over ten years, about 15% closed. About one in six belongs to a
 * sibling group: siblings share a surname, a team, a social worker and a case history.
 */
export const children: DatasetPart = {
  name: 'children',
  target: `${TARGET_SIZES.children.toLocaleString('en-GB')} children, ${TARGET_SIZES.closedShare * 100}% closed, sibling groups`,
  build({ sqlite, rnd, world, audit }) {
    const insertGroup = sqlite.prepare('insert into sibling_groups (created_at) values (?)');
    const insertChild = sqlite.prepare(`insert into children (case_ref, first_name, last_name, date_of_birth, is_unborn, gender, ethnicity, team_id,
      social_worker_id, team_manager_id, iro_id, legal_status, date_entered_care, placement_type, sibling_group_id, closed_on, closed_reason, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const staff = staffLookup(world);
    let caseNumber = 1_040_000;
    let groups = 0;

    while (world.children.length < TARGET_SIZES.children) {
      const closed = rnd.chance(TARGET_SIZES.closedShare);
      const status = rnd.weighted(closed ? CLOSED_STATUSES : OPEN_STATUSES);
      const timeline = timelineFor(rnd, status, closed, world.today, world.firstDay);
      const teamIndex = teamFor(rnd, status, timeline.start, world);
      const socialWorker = staff.socialWorker(rnd, teamIndex, closed);
      const iro = timeline.enteredCare === null ? null : staff.iro(rnd, closed);
      const closedReason = closed ? rnd.pick(CLOSURE_REASONS[status as keyof typeof CLOSURE_REASONS] ?? CLOSURE_REASONS.none) : null;
      const lastName = surname(rnd);
      const left = TARGET_SIZES.children - world.children.length;
      const size = left > 1 && rnd.chance(0.08) ? Math.min(left, rnd.chance(0.7) ? 2 : 3) : 1;
      const groupId = size > 1 ? Number(insertGroup.run(stamp(rnd, timeline.start)).lastInsertRowid) : null;
      if (groupId !== null) groups++;

      for (let k = 0; k < size; k++) {
        const unborn = k === 0 && size === 1 && !closed && (status === 'pre_proceedings' || status === 'child_protection') && rnd.chance(0.08);
        const ageDays = unborn ? 0 : ageAtStart(rnd) + k * rnd.int(300, 1500);
        const dob = unborn ? world.today + rnd.int(20, 120) : timeline.start - ageDays;
        const gender: Gender = unborn ? 'not_known' : rnd.weighted([['female', 48], ['male', 50], ['other', 1], ['not_known', 1]]);
        caseNumber += rnd.int(1, 9);
        const rec: ChildRec = {
          id: 0,
          caseRef: `EX${caseNumber}`,
          firstName: unborn ? 'Unborn baby' : rnd.pick(FIRST_NAMES),
          lastName,
          status,
          teamIndex,
          ...timeline,
          end: timeline.closedOn ?? world.today,
          gender,
          siblingGroup: groupId,
          socialWorkerId: socialWorker.id,
          teamManagerId: staff.teamManager(teamIndex),
          iroId: iro?.id ?? null,
        };
        const created = stamp(rnd, timeline.start);
        rec.id = Number(
          insertChild.run(
            rec.caseRef, rec.firstName, rec.lastName, iso(dob), unborn ? 1 : 0, gender, rnd.weighted(ETHNICITIES),
            world.teams[teamIndex]!.id, rec.socialWorkerId, rec.teamManagerId, rec.iroId, status,
            timeline.enteredCare === null ? null : iso(timeline.enteredCare), timeline.placement, groupId,
            timeline.closedOn === null ? null : iso(timeline.closedOn), closedReason, created,
            timeline.closedOn === null ? created : stamp(rnd, timeline.closedOn),
          ).lastInsertRowid,
        );
        world.children.push(rec);
        const actor = rnd.pick(world.actors);
        audit({ day: timeline.start, actor, action: 'create', entity: 'child', entityId: rec.id, summary: `Added ${rec.firstName} ${rec.lastName} (${rec.caseRef})` });
        if (timeline.closedOn !== null) {
          audit({ day: timeline.closedOn, actor, action: 'archive', entity: 'child', entityId: rec.id, summary: `Closed ${rec.firstName} ${rec.lastName}’s case on ${ukDate(timeline.closedOn)}: ${closedReason}` });
        }
      }
    }
    return { children: world.children.length, sibling_groups: groups };
  },
};

/** A third are babies, as in care proceedings; the rest up to 16 when first known. */
function ageAtStart(rnd: Prng): number {
  return rnd.weighted([[rnd.int(0, 364), 30], [rnd.int(365, 7 * 365), 35], [rnd.int(7 * 365, 16 * 365), 35]]);
}

function teamFor(rnd: Prng, status: LegalStatus, start: number, world: World): number {
  // Cases that began before the 2021 restructure sometimes still sit under the merged team.
  if (start < world.firstDay + 4 * 365 && rnd.chance(0.25)) return TEAMS_BY_WORK.archived;
  if (status === 'interim_care_order') return rnd.pick(TEAMS_BY_WORK.court);
  if (['care_order', 'placement_order', 'sgo', 's20'].includes(status)) return rnd.pick(TEAMS_BY_WORK.inCare);
  return rnd.pick(TEAMS_BY_WORK.assessment);
}

function staffLookup(world: World) {
  const byTeam = new Map<number, { current: PersonRec[]; all: PersonRec[] }>();
  for (const p of world.people) {
    if (p.role !== 'social_worker' || p.teamIndex === null) continue;
    const entry = byTeam.get(p.teamIndex) ?? { current: [], all: [] };
    entry.all.push(p);
    if (!p.archived) entry.current.push(p);
    byTeam.set(p.teamIndex, entry);
  }
  const iros = world.people.filter((p) => p.role === 'iro');
  const currentIros = iros.filter((p) => !p.archived);
  const managers = world.teams.map((t, i) => t.managerId ?? world.people.find((p) => p.role === 'team_manager' && p.teamIndex === i)?.id ?? null);
  return {
    socialWorker(rnd: Prng, teamIndex: number, closed: boolean): PersonRec {
      const entry = byTeam.get(teamIndex)!;
      return rnd.pick(closed || entry.current.length === 0 ? entry.all : entry.current);
    },
    iro: (rnd: Prng, closed: boolean) => rnd.pick(closed || currentIros.length === 0 ? iros : currentIros),
    teamManager: (teamIndex: number) => managers[teamIndex] ?? null,
  };
}
