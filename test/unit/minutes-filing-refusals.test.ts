import { asShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import { expectRefused } from './support/refusal';
import { runningPanel } from './support/council';

describe('a next review is set on or after the meeting that sets it', () => {
  it('refuses a next review before the meeting, in words, and changes nothing; the meeting’s own day and later are kept', async () => {
    const { core, m, kids: [a] } = await runningPanel(['Smith']);
    const itemId = m.itemOf(a.id);
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'nextReview', value: '2027-01-14' }));

    const refused = await expectRefused(
      core,
      'minutes.save',
      await asShown(core, { itemId, field: 'nextReview', value: '2026-11-25' }),
      'INVALID_INPUT',
      /^The next review cannot be before the meeting on 26\/11\/2026\. Choose a date on or after it\.$/,
    );
    expect(refused.fieldErrors).toEqual({ value: 'Choose 26/11/2026 or later.' });
    const item = async () => (await core.ok('minutes.get', { id: m.meetingId })).items.find((i) => i.itemId === itemId)!;
    expect((await item()).values.nextReview).toBe('2027-01-14');

    await core.ok('minutes.save', await asShown(core, { itemId, field: 'nextReview', value: '2026-11-26' }));
    expect((await item()).values.nextReview).toBe('2026-11-26');
    await core.ok('minutes.save', await asShown(core, { itemId, field: 'nextReview', value: null }));
    expect((await item()).values.nextReview ?? null).toBeNull();
  });
});

describe('ticking an extract as filed', () => {
  it('says a meeting that is not there could not be found, not to export its extract first, and changes nothing', async () => {
    const { core, m, kids: [a] } = await runningPanel(['Smith']);
    await expectRefused(core, 'filing.mark', { meetingId: 987_654, childId: a.id, filed: true }, 'NOT_FOUND', /^That meeting could not be found\./);
    // A meeting that is there, with nothing exported yet, still asks for the export first.
    await expectRefused(core, 'filing.mark', { meetingId: m.meetingId, childId: a.id, filed: true }, 'CONFLICT', /^Export this child’s extract before ticking it as filed\.$/);
  });
});
