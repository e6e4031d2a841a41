import { idColumn, noCase } from './engine';
import type { Migration } from './types';

export const m002Children: Migration = {
  version: 2,
  name: 'children, permanence plans, key dates, RAG ratings, meeting history and tracker cache',
  async up(db, engine) {
    await db.schema
      .createTable('sibling_groups')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('children')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('case_ref', 'text', (c) => c.notNull())
      .addColumn('first_name', 'text', (c) => c.notNull())
      .addColumn('last_name', 'text', (c) => c.notNull())
      .addColumn('date_of_birth', 'text')
      .addColumn('is_unborn', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('gender', 'text')
      .addColumn('ethnicity', 'text')
      .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
      .addColumn('social_worker_id', 'integer', (c) => c.references('people.id'))
      .addColumn('team_manager_id', 'integer', (c) => c.references('people.id'))
      .addColumn('iro_id', 'integer', (c) => c.references('people.id'))
      .addColumn('legal_status', 'text', (c) => c.notNull())
      .addColumn('date_entered_care', 'text')
      .addColumn('placement_type', 'text')
      .addColumn('sibling_group_id', 'integer', (c) => c.references('sibling_groups.id'))
      .addColumn('closed_on', 'text')
      .addColumn('closed_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The case reference is the council's ID: unique whatever the case it was typed in.
    await db.schema.createIndex('children_case_ref_unique').on('children').expression(noCase(engine, 'case_ref')).unique().execute();
    await db.schema.createIndex('children_team').on('children').column('team_id').execute();
    await db.schema.createIndex('children_sibling_group').on('children').column('sibling_group_id').execute();

    await db.schema
      .createTable('permanence_plans')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('primary_option', 'text')
      .addColumn('parallel_options', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('legal_order_sought', 'text')
      .addColumn('ratified_on', 'text')
      .addColumn('ratified_at', 'text')
      .addColumn('notes', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('permanence_plans_child').on('permanence_plans').columns(['child_id', 'id']).execute();

    await db.schema
      .createTable('key_dates')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('decision', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('key_dates_child').on('key_dates').columns(['child_id', 'date']).execute();

    await db.schema
      .createTable('rag_ratings')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('rating', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('rated_on', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'integer')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rag_ratings_child').on('rag_ratings').columns(['child_id', 'rated_on', 'id']).execute();

    // Every time a child was discussed, whichever meeting it was: the review engine's history.
    await db.schema
      .createTable('child_meetings')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'integer')
      .execute();
    await db.schema.createIndex('child_meetings_child').on('child_meetings').columns(['child_id', 'held_on']).execute();

    // The review engine's answer per child, kept so the tracker is one indexed read with 10,000 children.
    // Recomputed whenever anything it depends on changes, and for every child once a day.
    await db.schema
      .createTable('child_tracking')
      .addColumn('child_id', 'integer', (c) => c.primaryKey().references('children.id'))
      .addColumn('computed_for', 'text', (c) => c.notNull())
      .addColumn('next_due_kind', 'text')
      .addColumn('next_due_date', 'text')
      .addColumn('next_due_reason', 'text')
      .addColumn('proceedings_issued', 'text')
      .addColumn('week26_date', 'text')
      .addColumn('last_discussed_kind', 'text')
      .addColumn('last_discussed_date', 'text')
      .addColumn('primary_plan', 'text')
      .addColumn('parallel_plans', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('rag', 'text')
      .addColumn('rag_reason', 'text')
      .addColumn('rag_date', 'text')
      .addColumn('trend', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('due', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await db.schema.createIndex('child_tracking_next_due').on('child_tracking').column('next_due_date').execute();
    await db.schema.createIndex('child_tracking_computed_for').on('child_tracking').column('computed_for').execute();
  },
};
