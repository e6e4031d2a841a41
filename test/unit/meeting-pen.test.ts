import { asShown } from './support/shown-version';
import { describe, expect, it } from 'vitest';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { ChangeFeed } from '../../electron/core/data/change-feed';
import { PersonUsingApp } from '../../electron/core/features/identity/person-using-app';
import { recordLoginPerson } from '../../electron/core/features/identity/repository';
import { buildHandlers, type SafetyOperations } from '../../electron/core/handlers';
import { createRouter } from '../../electron/core/router';
import { serviceContext } from '../../electron/core/serve';
import { testCore, TEST_ENGINE, type TestCore } from './support/core';
import { auditSummaries, runningPanel } from './support/council';
import { databaseDigest, expectSentence } from './support/refusal';

/**
 * One pen per meeting's minutes on a store several people share. Each person here is the same
 * core's services over the same database, signed in under their own login (as a team store knows
 * them) on their own laptop (client id); the database is the suite's (SQLite, or PostgreSQL under
 * `npm run test:pg`).
 */

const notAskedHere = () => {
  throw new Error('not asked in these tests');
};

/** A person signed in as `login` on the laptop `clientId`, calling through the real router. */
async function signedIn(core: TestCore, now: () => Date, login: string, personId: number, clientId: string) {
  await recordLoginPerson(core.store.db, login, personId, now().toISOString());
  const identity = new PersonUsingApp(login, true);
  await identity.refresh(core.store.db);
  const ctx = serviceContext({ db: () => core.store.db, identity, now, changes: new ChangeFeed() });
  const router = createRouter(buildHandlers(ctx, notAskedHere, {} as SafetyOperations));
  return {
    clientId,
    /** The shared store, where the page reads what it shows. */
    store: core.store,
    call: (name: ProcedureName, input: unknown) => router.call(name, input),
    async ok<P extends ProcedureName>(name: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
      const result = await router.call(name, input);
      if (!result.ok) throw new Error(`${name} failed for ${login}: ${JSON.stringify(result.error)}`);
      return result.value as ProcedureOutput<P>;
    },
    /** Expects the call refused with `code` and a sentence matching `message`, the database exactly as it was. */
    async refused(name: ProcedureName, input: unknown, code: ErrorCode, message: RegExp): Promise<string> {
      const before = databaseDigest(core);
      const result = await router.call(name, input);
      if (result.ok) throw new Error(`${name} accepted for ${login}`);
      expect(result.error.code, result.error.message).toBe(code);
      expect(result.error.message).toMatch(message);
      expectSentence(result.error.message);
      expect(databaseDigest(core), `${name} refused but changed the database`).toBe(before);
      return result.error.message;
    },
  };
}

/** North's panel in the room, with Ann Minutes (minute-taker) and Sam Jones (chair) each on their own laptop. */
async function room() {
  const panel = await runningPanel(['Smith', 'Jones']);
  const { core, clock, m, kids } = panel;
  const annPerson = await core.ok('people.create', { name: 'Ann Minutes', role: 'business_support' });
  const samPerson = await core.ok('people.create', { name: 'Sam Jones', role: 'chair' });
  const ann = await signedIn(core, clock.now, 'ann', annPerson.id, 'ann-laptop-1');
  const sam = await signedIn(core, clock.now, 'sam', samPerson.id, 'sam-laptop-1');
  const meetingId = m.meetingId;
  const itemId = m.itemOf(kids[0].id);
  const at = (who: { clientId: string }) => ({ meetingId, client: who.clientId });
  return { ...panel, ann, sam, meetingId, itemId, at, annPerson, samPerson };
}

/** 10:42 on the panel's day, by the room's clock (the sentence says the local time). */
const TEN_FORTY_TWO = new Date(2026, 10, 26, 10, 42).toISOString();

describe('the pen for a meeting’s minutes', () => {
  it('is taken while free; others see who holds it and cannot simply take it', async () => {
    const { ann, sam, at } = await room();
    const free = await ann.ok('pen.get', at(ann));
    expect(free).toMatchObject({ shared: true, holder: null, mayWrite: true, notice: null });

    const taken = await ann.ok('pen.take', at(ann));
    expect(taken.holder).toMatchObject({ login: 'ann', name: 'Ann Minutes', you: true, here: true });
    expect(taken.mayWrite).toBe(true);

    const seen = await sam.ok('pen.get', at(sam));
    expect(seen.holder).toMatchObject({ name: 'Ann Minutes', you: false, here: false });
    expect(seen.mayWrite).toBe(false);
    await sam.refused('pen.take', at(sam), 'CONFLICT', /^Ann Minutes holds the pen for these minutes\. Choose “Take over the pen”/);

    // Ann in a second window: it is still her pen (she may write), and taking it there moves it.
    const annElsewhere = { clientId: 'ann-laptop-2' };
    expect(await ann.ok('pen.get', at(annElsewhere))).toMatchObject({ mayWrite: true, holder: { you: true, here: false } });
    expect((await ann.ok('pen.take', at(annElsewhere))).holder).toMatchObject({ you: true, here: true });
  });

  it('is taken over on purpose, and the previous holder is told in a sentence and can no longer write', async () => {
    const { ann, sam, at, itemId, clock, core } = await room();
    await ann.ok('pen.take', at(ann));
    await ann.ok('minutes.save', await asShown(ann, { itemId, field: 'discussion', value: 'Ann’s words' }));

    clock.set(TEN_FORTY_TWO);
    const over = await sam.ok('pen.takeOver', at(sam));
    expect(over.holder).toMatchObject({ login: 'sam', name: 'Sam Jones', here: true, since: TEN_FORTY_TWO });
    expect(over.notice).toBeNull();

    const told = await ann.ok('pen.get', at(ann));
    expect(told.notice).toBe('Sam Jones took the pen at 10:42. Your minutes are now read-only; anything you had not saved is kept below.');
    expect(told.mayWrite).toBe(false);
    await ann.refused('minutes.save', await asShown(ann, { itemId, field: 'discussion', value: 'Ann’s words, more' }), 'READ_ONLY', /^Sam Jones holds the pen for these minutes, so this was not saved\./);

    expect((await auditSummaries(core, 'meeting'))[0]).toBe('Took over the pen for the minutes of the meeting on 26/11/2026 from Ann Minutes');
    // Taking it back is a take-over too, and now Sam is the one told.
    await ann.ok('pen.takeOver', at(ann));
    expect((await sam.ok('pen.get', at(sam))).notice).toMatch(/^Ann Minutes took the pen at \d\d:\d\d\./);
  });

  it('is handed to someone viewing the meeting now, and only by its holder', async () => {
    const { ann, sam, at } = await room();
    await ann.ok('pen.take', at(ann));
    await sam.refused('pen.handOver', { ...at(sam), to: 'ann' }, 'CONFLICT', /^Only the person holding the pen can hand it over\./);
    // Sam has not opened the meeting: the pen cannot go to him.
    await ann.refused('pen.handOver', { ...at(ann), to: 'sam' }, 'CONFLICT', /no longer viewing it\. Nothing was changed\./);

    const viewing = await sam.ok('pen.heartbeat', at(sam));
    expect(viewing.viewing.map((v) => [v.name, v.you, v.holdsPen])).toEqual([
      ['Sam Jones', true, false],
    ]);
    await ann.ok('pen.heartbeat', at(ann));
    const handed = await ann.ok('pen.handOver', { ...at(ann), to: 'sam' });
    expect(handed.holder).toMatchObject({ login: 'sam', name: 'Sam Jones', you: false, viewing: true });
    expect(handed.mayWrite).toBe(false);
    expect(handed.notice).toBeNull();
    expect(handed.viewing.map((v) => [v.name, v.you, v.holdsPen])).toEqual([
      ['Ann Minutes', true, false],
      ['Sam Jones', false, true],
    ]);
    // On the laptop he was seen on.
    expect((await sam.ok('pen.get', at(sam))).holder).toMatchObject({ you: true, here: true });
  });

  it('refuses every minutes write by anyone but its holder, writing nothing, and lets go', async () => {
    const { ann, sam, at, itemId, kids, core, s } = await room();
    await sam.ok('pen.take', at(sam));
    const refusal = /^Sam Jones holds the pen for these minutes, so this was not saved\. Ask them to hand it to you, or take it over\.$/;
    await ann.refused('minutes.save', await asShown(ann, { itemId, field: 'discussion', value: 'Typed while Sam held the pen' }), 'READ_ONLY', refusal);
    await ann.refused('minutes.rate', { itemId, childId: kids[0].id, rating: 'green', reason: 'Settled' }, 'READ_ONLY', refusal);
    await ann.refused('actions.create', { itemId, text: 'Book the viability assessment', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-10' }, 'READ_ONLY', refusal);
    // The holder writes.
    await sam.ok('minutes.save', await asShown(sam, { itemId, field: 'discussion', value: 'Sam’s words' }));
    const action = await sam.ok('actions.create', { itemId, text: 'Book the viability assessment', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-10' });
    await ann.refused('actions.update', { id: action.id, text: 'Changed by Ann', ownerId: s.tm.id, ownerName: null, dueOn: '2026-12-10', version: action.version }, 'READ_ONLY', refusal);
    await ann.refused('actions.remove', { id: action.id }, 'READ_ONLY', refusal);
    expect((await core.ok('minutes.get', { id: at(sam).meetingId })).items.find((i) => i.itemId === itemId)!.values).toMatchObject({ discussion: 'Sam’s words' });

    // Letting go: anyone may write again; letting go of a pen one does not hold changes nothing.
    await ann.ok('pen.release', at(ann));
    expect((await ann.ok('pen.get', at(ann))).holder?.login).toBe('sam');
    expect((await sam.ok('pen.release', at(sam))).holder).toBeNull();
    await ann.ok('minutes.save', await asShown(ann, { itemId, field: 'discussion', value: 'Ann’s words' }));
  });

  it('shows who is viewing, each person once, until their heartbeats stop for 30 seconds', async () => {
    const { ann, sam, at, clock } = await room();
    await ann.ok('pen.heartbeat', at(ann));
    await ann.ok('pen.heartbeat', at({ clientId: 'ann-laptop-2' }));
    await sam.ok('pen.heartbeat', at(sam));
    const names = async () => (await ann.ok('pen.get', at(ann))).viewing.map((v) => v.name);
    expect(await names()).toEqual(['Ann Minutes', 'Sam Jones']);

    clock.advance(20);
    await ann.ok('pen.heartbeat', at(ann));
    expect(await names()).toEqual(['Ann Minutes', 'Sam Jones']);
    clock.advance(11);
    // Sam's last heartbeat was 31 seconds ago: he has gone.
    expect(await names()).toEqual(['Ann Minutes']);
    await ann.ok('pen.take', at(ann));
    await ann.refused('pen.handOver', { ...at(ann), to: 'sam' }, 'CONFLICT', /no longer viewing/);
    // A holder who stopped viewing still holds the pen (it is taken over on purpose, never lost to a lapse).
    clock.advance(60);
    expect((await sam.ok('pen.get', at(sam))).holder).toMatchObject({ login: 'ann', viewing: false });
  });

  it('survives a reconnect of its holder: the same person on the same laptop holds it still and writes', async () => {
    const { ann, at, itemId, core, clock, annPerson, samPerson, sam } = await room();
    await ann.ok('pen.take', at(ann));
    await ann.ok('minutes.save', await asShown(ann, { itemId, field: 'discussion', value: 'Before the network dropped' }));
    const dataDir = core.dataDir;
    await core.close();

    // A new connection to the same store (the laptop reconnected, or the app was restarted).
    const again = await testCore({ dataDir, now: clock.now });
    const annAgain = await signedIn(again, clock.now, 'ann', annPerson.id, 'ann-laptop-1');
    const state = await annAgain.ok('pen.get', at(annAgain));
    expect(state.holder).toMatchObject({ login: 'ann', you: true, here: true });
    expect(state.mayWrite).toBe(true);
    await annAgain.ok('minutes.save', await asShown(annAgain, { itemId, field: 'discussion', value: 'After the network came back' }));
    const samAgain = await signedIn(again, clock.now, 'sam', samPerson.id, sam.clientId);
    expect((await samAgain.ok('pen.get', at(samAgain))).holder?.login).toBe('ann');
  });

  it('is always the user’s on a laptop’s own file: nothing is stored and every write goes on as before', async () => {
    const { core, at, itemId, sam } = await room();
    const clientId = 'this-laptop-1';
    const mine = await core.ok('pen.get', at({ clientId }));
    if (TEST_ENGINE === 'sqlite') {
      expect(mine).toMatchObject({ shared: false, mayWrite: true, holder: { name: 'test-user', you: true, here: true }, notice: null });
      const before = databaseDigest(core);
      for (const name of ['pen.take', 'pen.takeOver', 'pen.release', 'pen.heartbeat'] as const) expect((await core.ok(name, at({ clientId }))).shared).toBe(false);
      expect(databaseDigest(core)).toBe(before);
      // Even a pen row left by someone else (a copied file, say) does not stop the one person on this computer.
      await sam.ok('pen.take', at(sam));
      await core.ok('minutes.save', await asShown(core, { itemId, field: 'discussion', value: 'Typed on the laptop' }));
    } else {
      // On a team store the suite's own login is one more person.
      expect(mine).toMatchObject({ shared: true, holder: null, mayWrite: true });
    }
  });
});
