import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import { MEETING_FORM } from '../../../../shared/domain/vocabulary';
import { fieldLabel, formHasField } from '../../../../shared/minutes/fields';
import { searchTextOf } from '../../../../shared/minutes/search-text';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { assertMinutesEditable, childName, loadItemContext } from './guards';
import { assertHoldsPen } from '../pen/guard';
import { assertLgpPlanSave } from './lgp-plan-rules';
import { assertNextCpmDate, syncNextCpm } from './next-cpm';
import { syncOutcomes } from './outcomes';
import { write } from '../../data/write';
import { minuteValue } from '../../data/tables/minute-fields';
import { writeClaimed } from './field-claim';

/** A review is held after the meeting that sets it, or on its day: never before it. */
function assertReviewNotBefore(meetingDate: string, date: string): void {
  if (date < meetingDate) {
    throw new AppError('INVALID_INPUT', `The next review cannot be before the meeting on ${formatUkDate(meetingDate)}. Choose a date on or after it.`, { value: `Choose ${formatUkDate(meetingDate)} or later.` });
  }
}

/**
 * Saves one field of one item, as typed. It answers only with the time saved: it runs
 * on every pause in typing, so it does the one write and nothing else. A save of the
 * value already stored writes nothing, so a repeated flush costs a read.
 */
export async function saveMinuteField(ctx: ServiceContext, input: ParsedInput<'minutes.save'>): Promise<ProcedureOutput<'minutes.save'>> {
  const savedAt = isoNow(ctx);
  const version = await write(ctx, async (w) => {
    const c = await loadItemContext(w.db, input.itemId);
    assertMinutesEditable(c.meeting);
    await assertHoldsPen(w.db, ctx, c.meeting.id, c);
    const label = fieldLabel(input.field);
    if (!formHasField(c.form, input.field)) {
      throw new AppError('INVALID_INPUT', `“${label}” is not part of a ${MEETING_FORM.labels[c.form].toLowerCase()}, so it was not saved.`, { field: 'Not a field of this item.' });
    }
    if (input.field === 'nextMeetingDate' && input.value !== null) await assertNextCpmDate(w.db, c.meeting, input.value);
    if (input.field === 'nextReview' && input.value !== null) assertReviewNotBefore(c.meeting.date, input.value);
    await assertLgpPlanSave(w.db, c, input);
    const value = minuteValue.encode(input.field, input.value);
    const searchText = searchTextOf(input);
    const written = await writeClaimed(w, input, editedSummaryStart(label), { item_id: input.itemId, field: input.field, value, search_text: searchText, updated_at: savedAt });
    // A save of the value already stored writes nothing (a repeated flush).
    if (!written.written) return written.version;
    const { version, from } = written;
    await w.auditEdit({
      entity: 'minutes',
      entityId: input.itemId,
      summary: `${editedSummaryStart(label)} for ${c.children.map(childName).join(' and ')} at ${c.type.name} on ${formatUkDate(c.meeting.date)}`,
      from,
      to: value,
    });
    // A draft's date is a promise already booked: keep the booking with it.
    if (input.field === 'nextMeetingDate' && c.meeting.status === 'draft') await syncNextCpm(w, c.meeting);
    // A draft's agreed plan is already in the children's histories (the tracker compares the plan on record with it): keep it in step.
    if ((input.field === 'permanenceOptions' || input.field === 'legalOrderSought') && c.meeting.status === 'draft') await syncOutcomes(w, c.meeting, c.type);
    return version;
  });
  return { savedAt, version };
}

/** How an edit of a field of the minutes begins its audit summary: `Edited “Discussion”`. */
function editedSummaryStart(label: string): string {
  return `Edited “${label}”`;
}
