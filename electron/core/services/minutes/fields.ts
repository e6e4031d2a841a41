import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { MEETING_FORM } from '../../../../shared/domain/vocabulary';
import { fieldLabel, formHasField, TEXT_FIELD_LABELS } from '../../../../shared/minutes/fields';
import { searchTextOf } from '../../../../shared/minutes/search-text';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { recordEditAudit } from '../audit';
import { assertMinutesEditable, childName, loadItemContext } from './guards';
import { assertLgpPlanSave } from './lgp-plan-rules';
import { assertNextCpmDate, syncNextCpm } from './next-cpm';
import { syncOutcomes } from './outcomes';

/**
 * Saves one field of one item, as typed. It answers only with the time saved: it runs
 * on every pause in typing, so it does the one write and nothing else. A save of the
 * value already stored writes nothing, so a repeated flush costs a read.
 */
export async function saveMinuteField(ctx: ServiceContext, input: ParsedInput<'minutes.save'>): Promise<ProcedureOutput<'minutes.save'>> {
  const savedAt = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await loadItemContext(trx, input.itemId);
    assertMinutesEditable(c.meeting);
    const label = fieldLabel(input.field);
    if (!formHasField(c.form, input.field)) {
      throw new AppError('INVALID_INPUT', `“${label}” is not part of a ${MEETING_FORM.labels[c.form].toLowerCase()}, so it was not saved.`, { field: 'Not a field of this item.' });
    }
    // Text is stored as typed; everything else as JSON (a date or a decision is a string too, but not text).
    if (input.field === 'nextMeetingDate' && input.value !== null) await assertNextCpmDate(trx, c.meeting, input.value);
    await assertLgpPlanSave(trx, c, input);
    const value = input.field in TEXT_FIELD_LABELS ? (input.value as string) : JSON.stringify(input.value);
    const existing = await trx.selectFrom('minute_fields').select(['id', 'value']).where('item_id', '=', input.itemId).where('field', '=', input.field).executeTakeFirst();
    if (existing?.value === value) return;
    const searchText = searchTextOf(input);
    if (existing) {
      await trx.updateTable('minute_fields').set({ value, search_text: searchText, updated_at: savedAt }).where('id', '=', existing.id).execute();
    } else {
      await trx.insertInto('minute_fields').values({ item_id: input.itemId, field: input.field, value, search_text: searchText, updated_at: savedAt }).execute();
    }
    await recordEditAudit(trx, ctx, {
      entity: 'minutes',
      entityId: input.itemId,
      summary: `Edited “${label}” for ${c.children.map(childName).join(' and ')} at ${c.type.name} on ${formatUkDate(c.meeting.date)}`,
      from: existing?.value ?? null,
      to: value,
    });
    // A draft's date is a promise already booked: keep the booking with it.
    if (input.field === 'nextMeetingDate' && c.meeting.status === 'draft') await syncNextCpm(trx, ctx, c.meeting);
    // A draft's agreed plan is already in the children's histories (the tracker compares the plan on record with it): keep it in step.
    if ((input.field === 'permanenceOptions' || input.field === 'legalOrderSought') && c.meeting.status === 'draft') await syncOutcomes(trx, ctx, c.meeting, c.type);
  });
  return { savedAt };
}
