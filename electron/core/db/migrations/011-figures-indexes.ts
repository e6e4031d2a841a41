import type { Migration } from './types';

/**
 * Indexes for the management figures on ten years of a large council's data. Each holds every
 * column the figures read from its table, so SQLite answers from the index alone and never
 * reads (and decrypts) the rows' long text: the ratings' reasons, the actions' descriptions.
 * `rag_ratings_child` gains the rating after its columns, so it serves everything it served before.
 */
export const m011FiguresIndexes: Migration = {
  version: 11,
  name: 'indexes covering what the management figures read of ratings and actions',
  async up(db) {
    await db.schema.dropIndex('rag_ratings_child').execute();
    await db.schema.createIndex('rag_ratings_child').on('rag_ratings').columns(['child_id', 'rated_on', 'id', 'rating']).execute();
    await db.schema.createIndex('actions_figures').on('actions').columns(['status', 'completed_on', 'due_on', 'impact_rag', 'owner_id', 'owner_name']).execute();
  },
};
