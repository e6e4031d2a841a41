import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { attendanceAddInput } from '../../../../shared/schemas/minutes';
import type { Person } from '../../../../shared/schemas/person';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/fields';
import { PersonField } from '../../components/PersonField';
import { useSaveForm } from '../../components/use-save-form';

/** Someone who arrived on the day: from the people list, or typed in (a visitor, a parent's advocate). */
export function AddAttendeeForm({ meetingId, people, onAdded }: { meetingId: number; people: Person[]; onAdded(name: string): void }) {
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [organisation, setOrganisation] = useState('');
  const ids = { personId: 'add-attendee-person', name: 'add-attendee-name', role: 'add-attendee-role', organisation: 'add-attendee-org' };
  const chosen = people.find((p) => String(p.id) === personId);
  const form = useSaveForm(
    attendanceAddInput,
    () => ({ meetingId, personId: chosen ? chosen.id : null, name: chosen ? chosen.name : name, role: (role || chosen?.role) as Role, organisation, status: 'present' as const }),
    async (input, send) => {
      await send('attendance.add', input);
      onAdded(chosen?.name ?? name.trim());
    },
  );
  return (
    <form
      className="panel panel--wide attendance__add"
      aria-labelledby="add-attendee-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h3 id="add-attendee-title">Add someone</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={ids} /> : null}
      <div className="form-grid">
        <PersonField
          id={ids.personId}
          label="From the people list"
          placeholder="Someone not on the list"
          people={people}
          value={personId}
          onChange={(v) => {
            setPersonId(v);
            const person = people.find((p) => String(p.id) === v);
            if (person) setRole(person.role);
          }}
        />
        {chosen ? null : <TextField id={ids.name} label="Name" value={name} onChange={setName} error={form.fieldErrors.name} />}
        <SelectField
          id={ids.role}
          label="Role"
          placeholder="Choose a role"
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          value={role}
          onChange={(v) => setRole(v as Role | '')}
          error={form.fieldErrors.role}
        />
        <TextField id={ids.organisation} label="Organisation" optional value={organisation} onChange={setOrganisation} error={form.fieldErrors.organisation} />
      </div>
      <button type="submit" className="button button--secondary" disabled={form.saving}>
        Add to the attendance
      </button>
    </form>
  );
}
