import { sql } from 'kysely';
import { idColumn } from './engine';
import type { Migration } from './types';

/**
 * The built-in meeting types as they stood when this migration was written. Frozen here
 * (not imported from the app's current defaults) so the migration does the same thing forever.
 * Walsall: LGP and PP share one core membership; the RAA panel and Unborn tracker list their own.
 */
const PANEL_CORE = ['chair', 'fostering', 'iro', 'permanence_coordinator', 'case_progression_officer', 'group_manager', 'team_manager', 'business_support', 'legal_adviser'];
const BUILT_IN_TYPES = [
  { code: 'lgp', name: 'Legal Gateway Panel', form: 'lgp', proposes: 'lgp', interval: 'weekly', slot: 30, papers: 3, core: PANEL_CORE },
  { code: 'pp', name: 'Permanence Panel', form: 'pp', proposes: 'pp', interval: 'weekly', slot: 15, papers: null, core: PANEL_CORE },
  { code: 'cpm', name: 'Care Planning Meeting', form: 'cpm', proposes: 'cpm', interval: 'weekly', slot: 60, papers: null, core: ['team_manager', 'social_worker', 'iro', 'fostering', 'legal_adviser', 'business_support'] },
  { code: 'raa', name: 'RAA panel', form: 'pp', proposes: null, interval: 'fortnightly', slot: 15, papers: null, core: ['chair', 'group_manager', 'permanence_coordinator', 'case_progression_officer', 'business_support', 'adoption'] },
  { code: 'unborn', name: 'Unborn tracker', form: 'pp', proposes: null, interval: 'fortnightly', slot: 15, papers: null, core: ['group_manager', 'health', 'social_worker', 'business_support'] },
] as const;

export const m003Meetings: Migration = {
  version: 3,
  name: 'meeting types, series with a rota of teams, one-off changes, meetings and agenda items',
  async up(db, engine) {
    await db.schema
      .createTable('meeting_types')
      .addColumn('id', 'integer', idColumn(engine))
      // Built-in types keep a code so later features can find them whatever the council renames them to.
      .addColumn('code', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      // Which item form its meetings use (LGP booking, panel item, Care Planning Meeting Record).
      .addColumn('form', 'text', (c) => c.notNull())
      // Which of the review engine's due items it proposes for its agendas, if any.
      .addColumn('proposes', 'text')
      .addColumn('default_interval', 'text', (c) => c.notNull())
      .addColumn('slot_minutes', 'integer', (c) => c.notNull())
      .addColumn('papers_due_working_days', 'integer')
      .addColumn('core_roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_types_code').on('meeting_types').column('code').unique().where(sql.ref('code'), 'is not', null).execute();

    const now = new Date().toISOString();
    await db
      .insertInto('meeting_types')
      .values(
        BUILT_IN_TYPES.map((t, i) => ({
          code: t.code,
          name: t.name,
          form: t.form,
          proposes: t.proposes,
          default_interval: t.interval,
          slot_minutes: t.slot,
          papers_due_working_days: t.papers,
          core_roles: JSON.stringify(t.core),
          position: i + 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();

    await db.schema
      .createTable('meeting_series')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('type_id', 'integer', (c) => c.notNull().references('meeting_types.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('interval', 'text', (c) => c.notNull())
      .addColumn('month_week', 'integer')
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text')
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('venue', 'text')
      .addColumn('chair_id', 'integer', (c) => c.references('people.id'))
      .addColumn('holiday_rule', 'text', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('series_rotation')
      .addColumn('series_id', 'integer', (c) => c.notNull().references('meeting_series.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id'))
      .addPrimaryKeyConstraint('series_rotation_pk', ['series_id', 'position'])
      .execute();

    // One-off changes, keyed by the date the pattern gave, so they survive regenerating the series.
    await db.schema
      .createTable('series_overrides')
      .addColumn('series_id', 'integer', (c) => c.notNull().references('meeting_series.id'))
      .addColumn('pattern_date', 'text', (c) => c.notNull())
      .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('moved_to', 'text')
      .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('note', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('series_overrides_pk', ['series_id', 'pattern_date'])
      .execute();

    await db.schema
      .createTable('series_extras')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('series_id', 'integer', (c) => c.notNull().references('meeting_series.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('series_extras_series').on('series_extras').columns(['series_id', 'date']).execute();

    // A meeting exists as a row once someone prepares its agenda (or books it, for a Care Planning Meeting);
    // until then a series date is only the rota's answer.
    await db.schema
      .createTable('meetings')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('type_id', 'integer', (c) => c.notNull().references('meeting_types.id'))
      .addColumn('series_id', 'integer', (c) => c.references('meeting_series.id'))
      .addColumn('occurrence_key', 'text')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('venue', 'text')
      .addColumn('chair_id', 'integer', (c) => c.references('people.id'))
      .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('meetings_occurrence')
      .on('meetings')
      .columns(['series_id', 'occurrence_key'])
      .unique()
      .where(sql.ref('series_id'), 'is not', null)
      .execute();
    await db.schema.createIndex('meetings_date').on('meetings').columns(['date', 'start_time']).execute();

    await db.schema
      .createTable('agenda_items')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('presenter_id', 'integer', (c) => c.references('people.id'))
      .addColumn('slot_minutes', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      // 'proposed' by the review engine, 'added' by hand, 'booked' (a Care Planning Meeting's one child)
      .addColumn('source', 'text', (c) => c.notNull())
      // The review rule that proposed it: the Word agenda names the kind of review, never the engine's case detail.
      .addColumn('due_rule', 'text')
      .addColumn('lgp_reason', 'text')
      // JSON: the state of each paper a Legal Gateway booking needs
      .addColumn('papers', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();

    // A child is on a meeting's agenda once; a sibling group is one item with several children.
    await db.schema
      .createTable('agenda_item_children')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('agenda_item_children_pk', ['item_id', 'child_id'])
      .execute();
    await db.schema.createIndex('agenda_item_children_once').on('agenda_item_children').columns(['meeting_id', 'child_id']).unique().execute();
    await db.schema.createIndex('agenda_item_children_child').on('agenda_item_children').column('child_id').execute();
  },
};
