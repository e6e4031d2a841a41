import { useRef, useState } from 'react';
import { meetingUpdateInput, type MeetingDetail } from '../../../../shared/schemas/agenda';
import type { Person } from '../../../../shared/schemas/person';
import { DateField } from '../../components/DateField';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { PersonField } from '../../components/PersonField';
import { useSaveForm } from '../../components/use-save-form';

const FIELD_IDS = { date: 'meeting-date', startTime: 'meeting-start', endTime: 'meeting-end', venue: 'meeting-venue', chairId: 'meeting-chair' };

/**
 * Times, venue and chair of this one meeting, and for a booking (a Care Planning
 * Meeting) its date; a rota's date is changed on the rota, so the series stays true.
 */
export function MeetingDetailsForm({ detail, people, onSaved, onCancel }: { detail: MeetingDetail; people: Person[]; onSaved(d: MeetingDetail): void; onCancel(): void }) {
  const m = detail.meeting;
  const ref = useFormFocus<HTMLFormElement>('change-details');
  const booking = m.seriesId === null;
  const [date, setDate] = useState<string | undefined>(m.date);
  const [startTime, setStartTime] = useState(m.startTime);
  const [endTime, setEndTime] = useState(m.endTime);
  const [venue, setVenue] = useState(m.venue ?? '');
  const [chairId, setChairId] = useState(m.chairId ? String(m.chairId) : '');
  // The version the next save is based on: the meeting's as opened, or the one a conflict named once the person chose.
  const version = useRef<number>(m.version);
  const [dateKey, setDateKey] = useState(0);
  const form = useSaveForm(
    meetingUpdateInput,
    () => ({ id: m.id, ...(booking ? { date: date || 'not a real date' } : {}), startTime, endTime, venue, chairId: chairId ? Number(chairId) : null, version: version.current }),
    async (input, send) => onSaved(await send('meetings.update', input)),
  );
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) => (key === 'date' ? (date ?? '') : key === 'startTime' ? startTime : key === 'endTime' ? endTime : key === 'venue' ? venue : (people.find((p) => String(p.id) === chairId)?.name ?? '')),
    take: (key, theirs) => {
      const text = theirs === null || theirs === undefined ? '' : String(theirs);
      if (key === 'date') {
        setDate(text);
        setDateKey((k) => k + 1);
      } else if (key === 'startTime') setStartTime(text);
      else if (key === 'endTime') setEndTime(text);
      else if (key === 'venue') setVenue(text);
      else setChairId(text);
    },
  });
  return (
    <form
      ref={ref}
      className="panel"
      aria-labelledby="details-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="details-title">Meeting details</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={FIELD_IDS} /> : null}
      {booking ? <DateField key={dateKey} id={FIELD_IDS.date} label="Date" hint="A working day from today on, for example 10/12/2026." value={dateKey > 0 ? (date ?? '') : m.date} onChange={setDate} error={form.fieldErrors.date} /> : null}
      {booking ? conflictAt('date', FIELD_IDS.date) : null}
      <div className="form-grid">
        <TextField id={FIELD_IDS.startTime} label="Starts at" hint="24-hour clock, for example 10:00" value={startTime} onChange={setStartTime} error={form.fieldErrors.startTime} />
        {conflictAt('startTime', FIELD_IDS.startTime)}
        <TextField id={FIELD_IDS.endTime} label="Ends at" hint="24-hour clock, for example 12:00" value={endTime} onChange={setEndTime} error={form.fieldErrors.endTime} />
        {conflictAt('endTime', FIELD_IDS.endTime)}
        <TextField id={FIELD_IDS.venue} label="Venue" optional value={venue} onChange={setVenue} error={form.fieldErrors.venue} />
        {conflictAt('venue', FIELD_IDS.venue)}
        <PersonField id={FIELD_IDS.chairId} label="Chair" optional placeholder="Not set" people={people} preferRole="chair" value={chairId} onChange={setChairId} error={form.fieldErrors.chairId} />
        {conflictAt('chairId', FIELD_IDS.chairId)}
      </div>
      {m.seriesId !== null ? <p className="field__hint">To change the date, use Change on the rota, so the rest of the series stays right.</p> : null}
      <FormFooter form={form} submitLabel="Save details" onCancel={onCancel} />
    </form>
  );
}
