import type { ParsedInput } from '../../../../shared/contract';
import type { MeetingType } from '../../../../shared/schemas/meeting-type';
import type { MeetingTypeRow } from '../../db/schema';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { changedFields } from '../../data/audit';
import { changedInDetails } from '../../data/row-version';
import { ROLE_LABELS } from '../../../../shared/roles';
import { SERIES_INTERVAL } from '../../../../shared/domain/vocabulary';
import { notFound } from '../guards';
import { setArchived } from '../../data/archive';
import { write } from '../../data/write';
import { meetingTypes } from '../../data/tables/meeting-types';
import * as repo from './repository/meeting-types';

export function toMeetingType(row: MeetingTypeRow): MeetingType {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    form: row.form,
    proposes: row.proposes,
    defaultInterval: row.default_interval,
    slotMinutes: row.slot_minutes,
    papersDueWorkingDays: row.papers_due_working_days,
    coreRoles: meetingTypes.columns.core_roles.decode(row.core_roles),
    archived: row.archived_at !== null,
    version: row.version,
  };
}

export async function listMeetingTypes(ctx: ServiceContext, input: ParsedInput<'meetingTypes.list'>): Promise<MeetingType[]> {
  return (await repo.listedMeetingTypes(ctx.db, input.includeArchived)).map(toMeetingType);
}

export async function getMeetingTypeRow(db: ServiceContext['db'], id: number): Promise<MeetingTypeRow> {
  const row = await repo.findMeetingType(db, id);
  if (!row) throw notFound('meeting type');
  return row;
}

async function assertNameFree(db: ServiceContext['db'], name: string, excludeId?: number): Promise<void> {
  if (await repo.meetingTypeNameTaken(db, name, excludeId)) throw new AppError('CONFLICT', `There is already a meeting type called “${name}”.`, { name: 'Choose another name.' });
}

/** Papers-due only means something for Legal Gateway-shaped meetings; elsewhere it is stored as none. */
function papersDue(form: string, value: number | null): number | null {
  return form === 'lgp' ? value : null;
}

export async function createMeetingType(ctx: ServiceContext, input: ParsedInput<'meetingTypes.create'>): Promise<MeetingType> {
  await assertNameFree(ctx.db, input.name);
  return write(ctx, async (w) => {
    const now = isoNow(ctx);
    const last = await repo.lastMeetingTypePosition(w.db);
    const row = await repo.insertMeetingType(w.db, {
      code: null,
      name: input.name,
      form: input.form,
      // A council's own meeting type proposes nothing: the review engine has no rule for it.
      proposes: null,
      default_interval: input.defaultInterval,
      slot_minutes: input.slotMinutes,
      papers_due_working_days: papersDue(input.form, input.papersDueWorkingDays),
      core_roles: meetingTypes.columns.core_roles.encode(input.coreRoles),
      position: last + 1,
      created_at: now,
      updated_at: now,
    });
    await w.audit({ action: 'create', entity: 'meeting_type', entityId: row.id, summary: `Added meeting type “${row.name}”` });
    return toMeetingType(row);
  });
}

export async function updateMeetingType(ctx: ServiceContext, input: ParsedInput<'meetingTypes.update'>): Promise<MeetingType> {
  return write(ctx, async (w) => {
    const before = await getMeetingTypeRow(w.db, input.id);
    const stored = toMeetingType(before);
    const sent = { name: input.name, slotMinutes: input.slotMinutes, papersDueWorkingDays: papersDue(before.form, input.papersDueWorkingDays), coreRoles: input.coreRoles, defaultInterval: input.defaultInterval };
    const differs = (Object.keys(sent) as (keyof typeof sent)[]).some((k) => JSON.stringify(sent[k]) !== JSON.stringify(stored[k]));
    // A save that changes nothing claims nothing: it cannot overwrite anyone.
    if (!differs) return stored;
    if (before.name !== input.name) await assertNameFree(w.db, input.name, input.id);
    await w.claimVersion({
      table: 'meeting_types',
      key: { id: before.id },
      version: input.version,
      entity: 'meeting_type',
      entityId: before.id,
      // Read again: on a team store another save may have committed since `before` was read.
      fields: async () => {
        const now = toMeetingType(await getMeetingTypeRow(w.db, before.id));
        const shown: Partial<Record<keyof typeof sent, string>> = {
          coreRoles: now.coreRoles.length === 0 ? 'no core members' : `‘${now.coreRoles.map((r) => ROLE_LABELS[r]).join(', ')}’`,
          defaultInterval: `‘${SERIES_INTERVAL.labels[now.defaultInterval]}’`,
        };
        return Object.fromEntries((Object.keys(sent) as (keyof typeof sent)[]).map((k) => [k, { mine: sent[k], theirs: now[k], ...(shown[k] ? { shown: shown[k] } : {}) }]));
      },
      changedIn: changedInDetails,
    });
    const row = await repo.updateMeetingType(w.db, input.id, {
      name: input.name,
      slot_minutes: input.slotMinutes,
      papers_due_working_days: papersDue(before.form, input.papersDueWorkingDays),
      core_roles: meetingTypes.columns.core_roles.encode(input.coreRoles),
      default_interval: input.defaultInterval,
      updated_at: isoNow(ctx),
    });
    const changes = changedFields(stored as unknown as Record<string, unknown>, toMeetingType(row) as unknown as Record<string, unknown>);
    delete changes.coreRoles;
    // The version moved with the claim: it is not a change the log reads as the person's.
    delete changes.version;
    if (before.core_roles !== row.core_roles) changes.coreRoles = { from: meetingTypes.columns.core_roles.decode(before.core_roles), to: meetingTypes.columns.core_roles.decode(row.core_roles) };
    if (Object.keys(changes).length > 0) {
      await w.audit({ action: 'update', entity: 'meeting_type', entityId: row.id, summary: `Changed meeting type “${row.name}”`, details: changes });
    }
    return toMeetingType(row);
  });
}

export async function setMeetingTypeArchived(ctx: ServiceContext, input: ParsedInput<'meetingTypes.setArchived'>): Promise<MeetingType> {
  const before = await getMeetingTypeRow(ctx.db, input.id);
  if (input.archived && before.code !== null) {
    throw new AppError('CONFLICT', `“${before.name}” is one of the meetings Panelroom is built around, so it cannot be archived. Rename it if your council calls it something else.`);
  }
  const { row } = await write(ctx, (w) => setArchived(w, 'meeting_types', input, (r) => `meeting type “${r.name}”`));
  return toMeetingType(row);
}
