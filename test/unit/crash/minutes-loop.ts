// Run as a child process by crash-safety.test.ts: types minutes through the real router as
// fast as it can (the text grows like typing, one word per save) and agrees actions, printing
// "ACK word <w>" or "ACK action <text>" only after each save has returned, until killed.
import { asShown } from '../support/shown-version';
import fs from 'node:fs';
import { createCore, type Core } from '../../../electron/core/core';
import type { ProcedureName, ProcedureOutput } from '../../../shared/contract';

async function ok<P extends ProcedureName>(core: Core, name: P, input?: unknown): Promise<ProcedureOutput<P>> {
  const result = await core.router.call(name, input);
  if (!result.ok) {
    fs.writeSync(2, `FAILED ${name} ${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  return result.value as ProcedureOutput<P>;
}

/** The first run sets up a running Permanence Panel with one child; later runs carry on typing into it. */
async function runningItem(core: Core): Promise<{ meetingId: number; itemId: number }> {
  const existing = await ok(core, 'meetings.list', { from: '2026-01-01' });
  if (existing.length > 0) {
    const detail = await ok(core, 'minutes.get', { id: existing[0]!.id });
    return { meetingId: existing[0]!.id, itemId: detail.agenda.items[0]!.id };
  }
  const team = await ok(core, 'teams.create', { name: 'North' });
  const child = await ok(core, 'children.create', { caseRef: 'CR1', firstName: 'Alex', lastName: 'Smith', legalStatus: 'care_order', teamId: team.id });
  const types = await ok(core, 'meetingTypes.list');
  const series = await ok(core, 'series.create', {
    typeId: types.find((t) => t.code === 'pp')!.id,
    name: 'Permanence Panel',
    weekday: 3,
    interval: 'weekly',
    startsOn: '2026-11-23',
    startTime: '10:00',
    endTime: '12:00',
    venue: null,
    chairId: null,
    holidayRule: 'skip',
    rotation: [team.id],
  });
  let agenda = await ok(core, 'meetings.prepare', { seriesId: series.id, key: 'p:2026-11-26' });
  if (!agenda.items.some((i) => i.children.some((c) => c.id === child.id))) agenda = await ok(core, 'agenda.add', { meetingId: agenda.meeting.id, childId: child.id });
  await ok(core, 'meetings.start', { id: agenda.meeting.id });
  return { meetingId: agenda.meeting.id, itemId: agenda.items[0]!.id };
}

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2) as [string, string];
  const core = await createCore({ dataDir, actor: 'crash-test', appVersion: 'test', mode: 'browser', now: () => new Date('2026-11-26T10:00:00Z') });
  const { meetingId, itemId } = await runningItem(core);
  const detail = await ok(core, 'minutes.get', { id: meetingId });
  let text: string = detail.items[0]!.values.discussion ?? '';
  fs.writeSync(1, 'READY\n');
  for (let n = 0; ; n++) {
    if (n % 10 === 9) {
      const action = `Action ${run}-${n}`;
      await ok(core, 'actions.create', { itemId, text: action, ownerName: 'Social worker', dueOn: '2026-12-24' });
      fs.writeSync(1, `ACK action ${action}\n`);
      continue;
    }
    const word = `w${run}x${n}`;
    text += `${word} `;
    await ok(core, 'minutes.save', await asShown(core, { itemId, field: 'discussion', value: text }));
    // written synchronously, after the commit returned: an ACK on stdout means the save was acknowledged
    fs.writeSync(1, `ACK word ${word}\n`);
  }
}

void main();
