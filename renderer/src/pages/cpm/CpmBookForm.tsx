import { useState } from 'react';
import { z } from 'zod';
import { formatClock, parseClock } from '../../../../shared/agenda/slots';
import { ENGLAND_WALES_HOLIDAY_SET } from '../../../../shared/domain/bank-holidays';
import { addDaysIso, formatUkDate } from '../../../../shared/domain/dates';
import { nextWorkingDay } from '../../../../shared/domain/working-days';
import { cpmBookInput, type CpmRow, type MeetingDetail } from '../../../../shared/schemas/agenda';
import type { Person } from '../../../../shared/schemas/person';
import { personName } from '../../../../shared/domain/words';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { PersonField } from '../../components/PersonField';
import { useSaveForm } from '../../components/use-save-form';
import { hasMinutes, tidyClock, TimeField } from './TimeField';

const IDS = { date: 'cpm-date', startTime: 'cpm-start', endTime: 'cpm-end', venue: 'cpm-venue', chairId: 'cpm-chair' };

/**
 * Each field's own rules first; the shared cross-field rules (end after start, at most
 * 8 hours) only once both times are times, since those rules read them as clock times
 * and cannot cope with a blank or half-typed one.
 */
const bookingFields = z.strictObject(cpmBookInput.shape);
function crossFieldProblems(parsed: z.output<typeof bookingFields>): Record<string, string> {
  const result = cpmBookInput.safeParse(parsed);
  const problems: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.map(String).join('.');
    if (key && !(key in problems)) problems[key] = issue.message;
  }
  return problems;
}

export const bookButtonId = (childId: number) => `book-cpm-${childId}`;

/** start + the meeting's usual length, or '' when that would run past midnight or the start is not yet a time. */
function endFor(start: string, slotMinutes: number): string {
  const tidy = tidyClock(start);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(tidy)) return '';
  const end = parseClock(tidy) + slotMinutes;
  return end < 24 * 60 ? formatClock(end) : '';
}

/** A date the form would accept: the due date if it is still to come, else tomorrow, moved on to a working day. */
function exampleWorkingDay(due: string | null, today: string): string {
  return nextWorkingDay(due !== null && due > today ? due : addDaysIso(today, 1), ENGLAND_WALES_HOLIDAY_SET);
}

export function CpmBookForm({ row, people, slotMinutes, today, onSaved, onCancel }: { row: CpmRow; people: Person[]; slotMinutes: number; today: string; onSaved(detail: MeetingDetail): void; onCancel(): void }) {
  const [date, setDate] = useState<string | undefined>('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  // The end follows the start (by the Care Planning Meeting's slot length) until it is typed in by hand.
  const [endTyped, setEndTyped] = useState(false);
  const [venue, setVenue] = useState('');
  const [chairId, setChairId] = useState(row.teamManagerId ? String(row.teamManagerId) : '');
  const formRef = useFormFocus<HTMLFormElement>(bookButtonId(row.childId));
  const form = useSaveForm(
    bookingFields,
    () => ({
      childId: row.childId,
      // Blank gets "Enter a date"; text that is not a date gets "Enter a real date".
      date: (date === '' ? undefined : (date ?? 'not a real date')) as string,
      startTime: tidyClock(startTime),
      endTime: tidyClock(endTime),
      venue,
      chairId: chairId ? Number(chairId) : null,
    }),
    async (input, send) => onSaved(await send('cpm.book', input)),
    crossFieldProblems,
  );

  function changeStart(value: string, tidied: boolean) {
    setStartTime(value);
    if (!endTyped && (tidied || hasMinutes(value))) setEndTime(endFor(value, slotMinutes));
  }

  const name = personName(row);
  return (
    <form ref={formRef} className="panel" aria-labelledby="cpm-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h2 id="cpm-form-title">Book a Care Planning Meeting for {name}</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <DateField
        id={IDS.date}
        label="Date"
        hint={`${row.dueDate ? `Due by ${formatUkDate(row.dueDate)}. ` : ''}A working day, for example ${formatUkDate(exampleWorkingDay(row.dueDate, today))}.`}
        value=""
        onChange={setDate}
        error={form.fieldErrors.date}
      />
      <div className="form-grid">
        <TimeField id={IDS.startTime} label="Start time" hint="24-hour clock, for example 10:00." value={startTime} onChange={changeStart} error={form.fieldErrors.startTime} />
        <TimeField
          id={IDS.endTime}
          label="End time"
          hint={`Usually ${slotMinutes} minutes after the start.`}
          value={endTime}
          onChange={(v, tidied) => {
            if (!tidied) setEndTyped(true);
            setEndTime(v);
          }}
          error={form.fieldErrors.endTime}
        />
      </div>
      <TextField id={IDS.venue} label="Venue" optional hint="A room, or say it is online." value={venue} onChange={setVenue} error={form.fieldErrors.venue} />
      <PersonField
        id={IDS.chairId}
        label="Chair"
        optional
        hint={row.teamManagerId ? `${name}’s team manager unless you choose someone else.` : `No team manager is recorded for ${name}.`}
        placeholder="No chair yet"
        people={people}
        preferRole="team_manager"
        keep={row.teamManagerId ? { id: row.teamManagerId, name: row.teamManagerName ?? 'Team manager' } : null}
        value={chairId}
        onChange={setChairId}
        error={form.fieldErrors.chairId}
      />
      <FormFooter form={form} submitLabel="Book the meeting" onCancel={onCancel} />
    </form>
  );
}
