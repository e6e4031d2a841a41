import { sql } from 'kysely';
import { idColumn } from './engine';
import type { Migration } from './types';

/** The machine's own date, as the app counts "today" (frozen here: never imported from today's code). */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const m008HistoryAndReviews: Migration = {
  version: 8,
  name: 'history and reviews: Child in Care reviews held, plans with where they came from and their ratification, what each meeting agreed, escalations, impact RAG, and meetings dated the day they were held',
  async up(db, engine) {
    // Child in Care reviews as events: the engine counts the next one from the last one held.
    await db.schema
      .createTable('cic_reviews')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id').onDelete('cascade'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      // Which review of the episode of care it was: 1 is the first.
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('iro_id', 'integer', (c) => c.references('people.id'))
      .addColumn('iro_name', 'text')
      .addColumn('notes', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .execute();
    // Covers what the tracker reads for every child (date and which review).
    await db.schema.createIndex('cic_reviews_child').on('cic_reviews').columns(['child_id', 'held_on', 'ordinal']).execute();

    // A second review recorded as a key date was a review held: it becomes one (a date still to come stays a key date).
    const now = new Date().toISOString();
    const today = localDate(new Date());
    const reviewDates = await db
      .selectFrom('key_dates as k')
      .innerJoin('children as c', 'c.id', 'k.child_id')
      .select(['k.id', 'k.child_id', 'k.date', 'k.label', 'k.notes', 'c.iro_id'])
      .where('k.type', '=', 'second_cic_review')
      .where('k.date', '<=', today)
      .execute();
    for (const k of reviewDates) {
      const notes = [k.label, k.notes].filter((x) => x).join('. ') || null;
      await db
        .insertInto('cic_reviews')
        .values({ child_id: k.child_id, held_on: k.date, ordinal: 2, iro_id: k.iro_id, iro_name: null, notes, source: 'key_date', created_at: now, updated_at: now, recorded_by: 'upgrade' })
        .execute();
      await db.deleteFrom('key_dates').where('id', '=', k.id).execute();
    }
    if (reviewDates.length > 0) {
      await db
        .insertInto('audit_log')
        .values({
          at: now,
          actor: 'upgrade',
          action: 'update',
          entity: 'cic_review',
          entity_id: null,
          summary: `Recorded ${reviewDates.length} second Child in Care ${reviewDates.length === 1 ? 'review' : 'reviews'} held, from key dates`,
          details: JSON.stringify(reviewDates.map((k) => ({ childId: k.child_id, date: k.date, keyDateId: k.id }))),
        })
        .execute();
    }

    // Plans: when each was agreed, since when its options stand, whether they changed, the meeting it came from, and the Group Manager's ratification.
    for (const column of ['agreed_on', 'options_since', 'gm_ratified_by', 'gm_ratified_on']) {
      await db.schema.alterTable('permanence_plans').addColumn(column, 'text').execute();
    }
    await db.schema.alterTable('permanence_plans').addColumn('changed_option', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('permanence_plans').addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('set null')).execute();
    const plans = await db.selectFrom('permanence_plans').select(['id', 'child_id', 'primary_option', 'parallel_options', 'recorded_at']).orderBy('child_id').orderBy('id').execute();
    let previous: { childId: number; key: string; since: string } | null = null;
    for (const p of plans) {
      const agreed: string = String(p.recorded_at).slice(0, 10);
      const key = `${p.primary_option ?? ''}|${[...(JSON.parse(p.parallel_options) as string[])].sort().join(',')}`;
      const before: { childId: number; key: string; since: string } | null = previous !== null && previous.childId === p.child_id ? previous : null;
      const changed: boolean = before !== null && before.key !== key;
      const since: string = before !== null && !changed ? before.since : agreed;
      await db.updateTable('permanence_plans').set({ agreed_on: agreed, options_since: since, changed_option: changed ? 1 : 0 }).where('id', '=', p.id).execute();
      previous = { childId: p.child_id as number, key, since };
    }

    // What each held Care Planning Meeting agreed, beside its place in the child's history.
    await db.schema.alterTable('child_meetings').addColumn('agreed_plan', 'text').execute();
    // The tracker reads the few meetings that agreed a plan apart from the rest of the history.
    await db.schema.createIndex('child_meetings_agreed').on('child_meetings').columns(['child_id', 'held_on']).where(sql.ref('agreed_plan'), 'is not', null).execute();
    const agreed = await db
      .selectFrom('child_meetings as cm')
      .innerJoin('agenda_item_children as ic', (j) => j.onRef('ic.meeting_id', '=', 'cm.meeting_id').onRef('ic.child_id', '=', 'cm.child_id'))
      .innerJoin('minute_fields as f', 'f.item_id', 'ic.item_id')
      .select(['cm.id', 'f.value'])
      .where('cm.kind', '=', 'cpm')
      .where('f.field', '=', 'permanenceOptions')
      .execute();
    for (const a of agreed) {
      const options = JSON.parse(a.value) as { primary: string | null; parallel: string[] } | null;
      if (options?.primary) {
        await db.updateTable('child_meetings').set({ agreed_plan: JSON.stringify({ primary: options.primary, parallel: options.parallel, legalOrderSought: null }) }).where('id', '=', a.id).execute();
      }
    }

    // Escalations from a team manager to the Group Manager, and the panel each was brought to.
    await db.schema
      .createTable('escalations')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id').onDelete('cascade'))
      .addColumn('raised_on', 'text', (c) => c.notNull())
      .addColumn('raised_by_id', 'integer', (c) => c.references('people.id'))
      .addColumn('raised_by', 'text', (c) => c.notNull())
      .addColumn('group_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('set null'))
      .addColumn('closed_on', 'text')
      .addColumn('closed_note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('escalations_child').on('escalations').columns(['child_id', 'raised_on']).execute();

    // Actions: did it make the difference it was meant to (Shropshire's Impact RAG), beside the progress RAG.
    await db.schema.alterTable('actions').addColumn('impact_rag', 'text').execute();
    await db.schema.alterTable('action_updates').addColumn('impact_rag', 'text').execute();

    // A meeting started before its date was held the day it started: date it, and what it wrote, that day.
    const early = await db.selectFrom('meetings').select(['id', 'date', 'started_at']).where('status', '!=', 'planned').where('started_at', 'is not', null).execute();
    for (const m of early) {
      const held = localDate(new Date(m.started_at as string));
      if (!(held < m.date)) continue;
      await db.updateTable('meetings').set({ date: held, updated_at: now }).where('id', '=', m.id).execute();
      await db.updateTable('child_meetings').set({ held_on: held }).where('meeting_id', '=', m.id).execute();
      await db.updateTable('rag_ratings').set({ rated_on: held }).where('meeting_id', '=', m.id).where('source', '=', 'meeting').execute();
      const applied = await db.selectFrom('agenda_items').select('lgp_applied').where('meeting_id', '=', m.id).where('lgp_applied', 'is not', null).execute();
      const keyDateIds = applied.flatMap((a) => (JSON.parse(a.lgp_applied as string) as { keyDateIds: number[] }).keyDateIds);
      if (keyDateIds.length > 0) await db.updateTable('key_dates').set({ date: held, updated_at: now }).where('id', 'in', keyDateIds).where('date', '=', m.date).execute();
      await db
        .insertInto('audit_log')
        .values({ at: now, actor: 'upgrade', action: 'update', entity: 'meeting', entity_id: m.id, summary: `Dated the meeting ${held}, the day it was held (it had been booked for ${m.date})`, details: JSON.stringify({ from: m.date, to: held }) })
        .execute();
    }

    // The rules changed: every child's tracker row is worked out again before it is next read.
    await sql`update child_tracking set computed_for = '0000-00-00'`.execute(db);
  },
};
