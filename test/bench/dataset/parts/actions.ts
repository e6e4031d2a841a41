import { ACTION_REVIEW, type ActionReview } from '../../../../shared/domain/minutes-vocabulary';
import { RAG, type Rag } from '../../../../shared/domain/vocabulary';
import type { Role } from '../../../../shared/roles';
import { allocate } from '../allocate';
import { at, staffOn } from '../meeting-rows';
import { ACTION_TEXTS, PROGRESS_NOTES, REVIEW_NOTES } from '../minutes-text';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { iso, ukDate, type ChildRec, type ItemRec } from '../world';

/** Actions agreed per item, relative: a Care Planning Meeting's SMART plan has the most. */
const PER_FORM = { cpm: 6, pp: 3, lgp: 2.5 } as const;

/** Who owns an action: mostly the child's social worker. */
const OWNERS: readonly (readonly [Role | 'child_sw' | 'child_tm' | 'child_iro' | 'typed', number])[] = [
  ['child_sw', 52],
  ['child_tm', 14],
  ['child_iro', 5],
  ['legal_adviser', 8],
  ['permanence_coordinator', 5],
  ['fostering', 4],
  ['business_support', 4],
  ['typed', 8],
];
const TYPED_OWNERS = ['Health visitor', 'Virtual school', 'Looked after children nurse', 'CAMHS', 'Adoption agency', 'Children’s guardian'];

interface Closing {
  status: 'open' | 'done' | 'dropped';
  completedOn: number | null;
  dueOn: number;
  lastNote: string | null;
}

/**
 * 150,000 actions agreed at held meetings (a Care Planning Meeting about six, a panel
 * item about three), each for the item's children, owned mostly by the child's social
 * worker, due two to twelve weeks on. What became of each follows the child's later
 * meetings, as the app records it: most are reviewed at the child's next meeting (done,
 * carried forward with a new date and reviewed again, or no longer needed), some are
 * completed between meetings, some carry progress notes, and the rest are still open,
 * the older of them overdue. Every step leaves its action_updates row and audit row.
 */
export const actions: DatasetPart = {
  name: 'actions (with reviews and follow-up)',
  target: `${TARGET_SIZES.actions.toLocaleString('en-GB')} actions, reviewed at the child’s next meeting for most`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare(`insert into actions (meeting_id, item_id, text, owner_id, owner_name, due_on, status, completed_on, progress_rag, last_note, position, created_at, created_by, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertChild = sqlite.prepare('insert into action_children (action_id, child_id) values (?, ?)');
    const insertUpdate = sqlite.prepare('insert into action_updates (action_id, kind, note, progress_rag, at, by) values (?, ?, ?, ?, ?, ?)');
    const insertReview = sqlite.prepare(`insert into action_reviews (action_id, item_id, meeting_id, outcome, note, new_due_on, before, reviewed_at, reviewed_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const staff = staffOn(world);
    const childById = new Map(world.children.map((c) => [c.id, c]));
    // In date order, as they were agreed: action ids follow time, as in the app.
    const held = world.meetings.filter((m) => m.status === 'approved').sort((a, b) => a.day - b.day || a.id - b.id);
    const items = held.flatMap((m) => m.items);
    // Each child's later items, in date order, for "reviewed at the child's next meeting".
    const itemsOf = new Map<number, ItemRec[]>();
    for (const item of items) for (const id of item.childIds) itemsOf.set(id, [...(itemsOf.get(id) ?? []), item]);
    for (const list of itemsOf.values()) list.sort((a, b) => a.meeting.day - b.meeting.day || a.id - b.id);
    const nextItem = (child: ChildRec, after: ItemRec): ItemRec | undefined => {
      const list = itemsOf.get(child.id) ?? [];
      return list.find((i) => i.meeting.day > after.meeting.day);
    };
    const perItem = allocate(TARGET_SIZES.actions, items.map((i) => PER_FORM[i.meeting.code] * (0.4 + rnd.next() * 1.2)));
    const n = { actions: 0, action_children: 0, action_updates: 0, action_reviews: 0 };
    const today = world.today;

    items.forEach((item, i) => {
      const m = item.meeting;
      const kids = item.childIds.map((id) => childById.get(id)!);
      const lead = kids[0]!;
      const childNames = kids.map((k) => `${k.firstName} ${k.lastName}`).join(' and ');
      for (let position = 1; position <= perItem[i]!; position++) {
        const who = rnd.pick(world.actors);
        const created = at(rnd, m.day, rnd.int(10 * 60, 16 * 60));
        const owner = ownerFor(rnd, staff, lead, m.day);
        const due = m.day + rnd.weighted([[14, 15], [28, 40], [42, 20], [56, 15], [84, 10]] as const);
        const text = rnd.chance(0.3) ? `${rnd.pick(ACTION_TEXTS)} for ${lead.firstName}` : rnd.pick(ACTION_TEXTS);
        const state: Closing = { status: 'open', completedOn: null, dueOn: due, lastNote: null };
        let rag: Rag | null = null;
        const updates: { kind: string; note: string | null; rag: Rag | null; at: string; by: string }[] = [{ kind: 'created', note: null, rag: null, at: created, by: who }];
        const reviews: { item: ItemRec; outcome: ActionReview; note: string; newDue: number | null; before: Closing; at: string; by: string }[] = [];
        const audits: { day: number; summary: string; details?: unknown }[] = [];

        // Progress notes between meetings, before anything closes it.
        const next = nextItem(lead, item);
        const horizon = Math.min(today, next?.meeting.day ?? today);
        if (rnd.chance(0.3) && horizon > m.day + 3) {
          for (let k = rnd.int(1, 3); k > 0; k--) {
            const day = rnd.int(m.day + 2, horizon - 1);
            const note = rnd.pick(PROGRESS_NOTES);
            rag = rnd.weighted([['green', 45], ['amber', 40], ['red', 15]] as const);
            updates.push({ kind: 'progress', note, rag, at: at(rnd, day, rnd.int(9 * 60, 17 * 60)), by: rnd.pick(world.actors) });
            audits.push({ day, summary: `Added progress to an action (progress ${RAG.labels[rag].toLowerCase()})`, details: { note } });
            state.lastNote = note;
          }
          updates.sort((a, b) => (a.at < b.at ? -1 : 1));
        }

        const complete = (day: number) => {
          state.status = 'done';
          state.completedOn = day;
          updates.push({ kind: 'completed', note: null, rag: null, at: at(rnd, Math.min(today, day + rnd.int(0, 3)), rnd.int(9 * 60, 17 * 60)), by: rnd.pick(world.actors) });
          audits.push({ day, summary: `Completed an action on ${ukDate(day)}` });
        };
        const review = (at2: ItemRec, outcome: ActionReview) => {
          const day = at2.meeting.day;
          const before = { ...state };
          const note = rnd.pick(REVIEW_NOTES);
          let newDue: number | null = null;
          if (outcome === 'done') Object.assign(state, { status: 'done', completedOn: day });
          else if (outcome === 'dropped') Object.assign(state, { status: 'dropped', completedOn: null });
          else {
            newDue = day + rnd.pick([28, 42, 56]);
            Object.assign(state, { status: 'open', completedOn: null, dueOn: newDue });
          }
          if (note) state.lastNote = note;
          const stampAt = at(rnd, day, rnd.int(10 * 60, 16 * 60));
          const by = rnd.pick(world.actors);
          reviews.push({ item: at2, outcome, note, newDue, before, at: stampAt, by });
          updates.push({ kind: 'reviewed', note: [`${ACTION_REVIEW.labels[outcome]} at ${at2.meeting.typeName} on ${ukDate(day)}`, note].filter(Boolean).join(': '), rag: null, at: stampAt, by });
          audits.push({ day, summary: `Reviewed an action at the meeting on ${ukDate(day)}: ${ACTION_REVIEW.labels[outcome]}` });
        };

        const doneEarly = rnd.chance(0.3) && horizon > m.day + 1;
        if (doneEarly) complete(rnd.int(m.day + 1, Math.min(horizon - 1, due + 21)));
        else if (next && rnd.chance(0.85)) {
          review(next, rnd.weighted([['done', 55], ['carried', 30], ['dropped', 15]] as const));
          const after = state.status === 'open' ? nextItem(lead, next) : undefined;
          if (after && rnd.chance(0.7)) review(after, rnd.weighted([['done', 70], ['carried', 10], ['dropped', 20]] as const));
        }
        // Left open and long past: most were done and ticked off between meetings; the rest drift.
        if (state.status === 'open' && today - state.dueOn > 6 * 7 && rnd.chance(0.9)) {
          const from = Math.max(m.day + 1, reviews.length > 0 ? reviews[reviews.length - 1]!.item.meeting.day + 1 : m.day + 1);
          complete(Math.min(today - 1, rnd.int(from, Math.max(from, Math.min(today - 1, state.dueOn + 42)))));
        }

        const updatedAt = updates.reduce((latest, u) => (u.at > latest ? u.at : latest), created);
        const id = Number(
          insert.run(m.id, item.id, text, owner.id, owner.name, iso(state.dueOn), state.status, state.completedOn === null ? null : iso(state.completedOn), rag, state.lastNote, position, created, who, updatedAt)
            .lastInsertRowid,
        );
        n.actions++;
        for (const k of kids) insertChild.run(id, k.id);
        n.action_children += kids.length;
        for (const u of updates) insertUpdate.run(id, u.kind, u.note, u.rag, u.at, u.by);
        n.action_updates += updates.length;
        for (const r of reviews) {
          const before = { status: r.before.status, due_on: iso(r.before.dueOn), completed_on: r.before.completedOn === null ? null : iso(r.before.completedOn), last_note: r.before.lastNote };
          insertReview.run(id, r.item.id, r.item.meeting.id, r.outcome, r.note, r.newDue === null ? null : iso(r.newDue), JSON.stringify(before), r.at, r.by);
        }
        n.action_reviews += reviews.length;
        audit({ day: m.day, actor: who, action: 'create', entity: 'action', entityId: id, summary: `Agreed an action for ${childNames} at ${m.typeName} on ${ukDate(m.day)}: owner ${owner.name}, due ${ukDate(due)}`, details: { text } });
        for (const a of audits) audit({ day: Math.min(today, a.day), actor: rnd.pick(world.actors), action: 'update', entity: 'action', entityId: id, summary: a.summary, details: a.details });
      }
    });
    return n;
  },
};

function ownerFor(rnd: Prng, staff: ReturnType<typeof staffOn>, child: ChildRec, day: number): { id: number | null; name: string } {
  const kind = rnd.weighted(OWNERS);
  const person =
    kind === 'child_sw'
      ? staff.byId.get(child.socialWorkerId)
      : kind === 'child_tm'
        ? child.teamManagerId === null ? undefined : staff.byId.get(child.teamManagerId)
        : kind === 'child_iro'
          ? child.iroId === null ? undefined : staff.byId.get(child.iroId)
          : kind === 'typed'
            ? undefined
            : staff.pick(rnd, kind, day);
  if (person) return { id: person.id, name: person.name };
  return { id: null, name: rnd.pick(TYPED_OWNERS) };
}
