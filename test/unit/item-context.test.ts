import { describe, expect, it } from 'vitest';
import { meetingById } from '../../electron/core/features/meetings/repository/meetings';
import { meetingTypeById } from '../../electron/core/features/meetings/repository/meeting-types';
import { penOf, putPen } from '../../electron/core/features/pen/repository';
import { childrenOfItem, findItem, itemContextInOneRead } from '../../electron/core/features/minutes/repository/items';
import { testCore } from './support/core';
import { child, meetingWith, movableClock, setUp } from './support/meeting-fixtures';

/**
 * Every save to the minutes checks the item's meeting, type, children and pen first, read in one
 * statement on either engine. What that statement answers must be what the separate reads of each
 * row answer, column for column (JSON columns, nulls and numbers included), with the children in
 * agenda order, or a check would pass or refuse on a row that is not the stored one.
 */
describe('an item’s context in one statement', () => {
  it('answers the item, its meeting, type, children and pen as each is read on its own', async () => {
    const clock = movableClock('2026-11-26T10:00:00Z');
    const core = await testCore({ now: clock.now });
    const s = await setUp(core);
    const first = await child(core, s.north.id, 'Ashdown', 'Bea');
    const second = await child(core, s.north.id, 'Ashdown', 'Cal');
    const m = await meetingWith(core, s.series.id, '2026-11-26', [first.id]);
    const itemId = m.itemOf(first.id);
    await core.ok('meetings.start', { id: m.meetingId });
    const db = core.store.db;
    // A second child on the item, placed before the first (as siblings discussed together are): agenda order, not the order added.
    await db.insertInto('agenda_item_children').values({ item_id: itemId, meeting_id: m.meetingId, child_id: second.id, position: -1 }).execute();

    const beforePen = await itemContextInOneRead(db, itemId);
    expect(beforePen?.pen).toBeNull();

    await putPen(db, { meeting_id: m.meetingId, login: 'someone', client_id: 'their-laptop', since: '2026-11-26T10:01:00.000Z', taken_from: null });
    const read = await itemContextInOneRead(db, itemId);
    const item = (await findItem(db, itemId))!;
    const meeting = await meetingById(db, item.meeting_id);
    expect(read).toEqual({
      item,
      meeting,
      type: await meetingTypeById(db, meeting.type_id),
      children: await childrenOfItem(db, itemId),
      pen: (await penOf(db, m.meetingId)) ?? null,
    });
    expect(read!.children.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(read!.meeting.status).toBe('in_progress');
    expect(read!.pen).toMatchObject({ login: 'someone', taken_from: null });
  });

  it('answers nothing for an item that is not there', async () => {
    const core = await testCore();
    expect(await itemContextInOneRead(core.store.db, 987_654)).toBeUndefined();
  });
});
