import { sql } from 'kysely';
import { idColumn } from './engine';
import type { Migration } from './types';

export const m004Minutes: Migration = {
  version: 4,
  name: 'live minutes: meeting lifecycle, attendance, item minutes with full-text search, ratings, actions and their reviews, amendments',
  async up(db, engine) {
    // The lifecycle's own facts, kept on the meeting so its state is one row.
    for (const column of ['started_at', 'closed_at', 'approved_by', 'approved_on', 'approved_at', 'locked_at', 'current_since']) {
      await db.schema.alterTable('meetings').addColumn(column, 'text').execute();
    }
    await db.schema
      .alterTable('meetings')
      .addColumn('current_item_id', 'integer', (c) => c.references('agenda_items.id').onDelete('set null'))
      .execute();
    await db.schema.alterTable('agenda_items').addColumn('seconds_spent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // JSON: the Legal Gateway decision last applied to the children's records from this item, and each
    // child's legal status before it, so a corrected decision replaces the first instead of piling on it.
    await db.schema.alterTable('agenda_items').addColumn('lgp_applied', 'text').execute();
    // The Care Planning Meeting this one booked as it closed, so a changed date moves that booking.
    await db.schema
      .alterTable('meetings')
      .addColumn('booked_next_id', 'integer', (c) => c.references('meetings.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('meeting_attendees')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('person_id', 'integer', (c) => c.references('people.id'))
      // Copied from the person when chosen, so the record keeps who was there if they are later renamed or archived.
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('present'))
      .addColumn('declaration', 'text')
      .addColumn('minute_taker', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('core', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_attendees_meeting').on('meeting_attendees').columns(['meeting_id', 'position']).execute();

    // One row per field of an item's minutes. An explicit integer key: the search index refers to rows by it,
    // and an implicit rowid may change on VACUUM.
    await db.schema
      .createTable('minute_fields')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('field', 'text', (c) => c.notNull())
      // Text as typed, or JSON for a structured field.
      .addColumn('value', 'text', (c) => c.notNull())
      // What the search index sees: the text, or the words inside a structured value.
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('minute_fields_item_field').on('minute_fields').columns(['item_id', 'field']).unique().execute();

    // Full-text search over the minutes, kept in step by triggers so no write path can forget it.
    if (engine === 'postgres') {
      // PostgreSQL: the words of each row in English (stemmed, as FTS5's index is searched), kept by the
      // database itself as a generated column, so no write path can forget it either; a GIN index finds them.
      await sql`alter table minute_fields add column search_vector tsvector generated always as (to_tsvector('english', search_text)) stored`.execute(db);
      await sql`create index minutes_search on minute_fields using gin (search_vector)`.execute(db);
    } else {
      // SQLite keeps these statements' text in the file's schema: it stays exactly as first released, indentation and all.
      await sql`CREATE VIRTUAL TABLE minutes_search USING fts5(search_text, content='minute_fields', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER minute_fields_search_insert AFTER INSERT ON minute_fields BEGIN
      INSERT INTO minutes_search(rowid, search_text) VALUES (new.id, new.search_text);
    END`.execute(db);
      await sql`CREATE TRIGGER minute_fields_search_delete AFTER DELETE ON minute_fields BEGIN
      INSERT INTO minutes_search(minutes_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END`.execute(db);
      await sql`CREATE TRIGGER minute_fields_search_update AFTER UPDATE OF search_text ON minute_fields BEGIN
      INSERT INTO minutes_search(minutes_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO minutes_search(rowid, search_text) VALUES (new.id, new.search_text);
    END`.execute(db);
    }

    // A rating being recorded at the meeting; it reaches the child's RAG history when the meeting closes.
    await db.schema
      .createTable('item_ratings')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addColumn('rating', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('item_ratings_pk', ['item_id', 'child_id'])
      .execute();

    await db.schema
      .createTable('actions')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'integer', (c) => c.references('people.id'))
      .addColumn('owner_name', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('completed_on', 'text')
      .addColumn('progress_rag', 'text')
      .addColumn('last_note', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('actions_meeting').on('actions').columns(['meeting_id', 'item_id', 'position']).execute();
    await db.schema.createIndex('actions_item').on('actions').columns(['item_id', 'position']).execute();
    await db.schema.createIndex('actions_due').on('actions').columns(['due_on', 'id']).execute();
    await db.schema.createIndex('actions_status_due').on('actions').columns(['status', 'due_on']).execute();
    await db.schema.createIndex('actions_owner').on('actions').columns(['owner_id', 'status', 'due_on']).execute();

    // Which children an action is for: copied from the item when it is agreed, so splitting a sibling group later
    // never moves an action to another child.
    await db.schema
      .createTable('action_children')
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('child_id', 'integer', (c) => c.notNull().references('children.id'))
      .addPrimaryKeyConstraint('action_children_pk', ['action_id', 'child_id'])
      .execute();
    await db.schema.createIndex('action_children_child').on('action_children').columns(['child_id', 'action_id']).execute();

    // A later meeting's review of an earlier action: once per action per item that reviews it.
    await db.schema
      .createTable('action_reviews')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('new_due_on', 'text')
      // What the action looked like before the review, so taking the review back restores it exactly.
      .addColumn('before', 'text', (c) => c.notNull())
      .addColumn('reviewed_at', 'text', (c) => c.notNull())
      .addColumn('reviewed_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_reviews_once').on('action_reviews').columns(['action_id', 'item_id']).unique().execute();
    await db.schema.createIndex('action_reviews_item').on('action_reviews').column('item_id').execute();

    // The coordinator's trail between panels: progress notes, completion, reopening.
    await db.schema
      .createTable('action_updates')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('progress_rag', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_updates_action').on('action_updates').columns(['action_id', 'id']).execute();

    await db.schema
      .createTable('amendments')
      .addColumn('id', 'integer', idColumn(engine))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('item_id', 'integer', (c) => c.references('agenda_items.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('made_on', 'text', (c) => c.notNull())
      .addColumn('made_by', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('amendments_meeting').on('amendments').columns(['meeting_id', 'id']).execute();

    // The review engine's meeting history and RAG history gain rows from meetings; find them by meeting.
    await db.schema.createIndex('child_meetings_meeting').on('child_meetings').column('meeting_id').execute();
    await db.schema.createIndex('rag_ratings_meeting').on('rag_ratings').column('meeting_id').execute();
  },
};
