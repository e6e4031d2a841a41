import { useState } from 'react';
import { rotaAddExtraInput } from '../../../../shared/schemas/series';
import type { Team } from '../../../../shared/schemas/team';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';

const FIELD_IDS = { date: 'extra-date', teamId: 'extra-team', note: 'extra-note' };

/** A meeting outside the pattern: it takes no team's turn, so the rota carries on unchanged. */
export function ExtraMeetingForm({ seriesId, teams, onDone, onCancel }: { seriesId: number; teams: Team[]; onDone(message: string): void; onCancel(): void }) {
  const ref = useFormFocus<HTMLFormElement>('add-extra');
  const [date, setDate] = useState<string | undefined>('');
  const [teamId, setTeamId] = useState('');
  const [note, setNote] = useState('');
  const form = useSaveForm(
    rotaAddExtraInput,
    () => ({ seriesId, date: date ?? 'not a date', teamId: teamId ? Number(teamId) : null, note }),
    async (input, send) => onDone((await send('rota.addExtra', input)).message),
  );
  return (
    <form
      ref={ref}
      className="panel"
      aria-labelledby="extra-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="extra-title">Add an extra meeting</h2>
      <p className="field__hint">It takes no team’s turn: the rota carries on as before.</p>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={FIELD_IDS} /> : null}
      <DateField id={FIELD_IDS.date} label="Date" value={date ?? ''} onChange={setDate} error={form.fieldErrors.date} />
      <SelectField
        id={FIELD_IDS.teamId}
        label="Team attending"
        optional
        placeholder="All teams"
        options={teams.filter((t) => !t.archived).map((t) => ({ value: String(t.id), label: t.name }))}
        value={teamId}
        onChange={setTeamId}
        error={form.fieldErrors.teamId}
      />
      <TextField id={FIELD_IDS.note} label="Note" optional value={note} onChange={setNote} error={form.fieldErrors.note} />
      <FormFooter form={form} submitLabel="Add meeting" onCancel={onCancel} />
    </form>
  );
}
