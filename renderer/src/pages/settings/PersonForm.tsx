import { useState } from 'react';
import { personCreateInput } from '../../../../shared/schemas/person';
import type { Person } from '../../../../shared/schemas/person';
import type { Team } from '../../../../shared/schemas/team';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useSaveForm } from '../../components/use-save-form';

const FIELD_IDS = { name: 'person-name', role: 'person-role', teamId: 'person-team', email: 'person-email' };
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function PersonForm({ person, teams, onSaved, onCancel }: { person?: Person; teams: Team[]; onSaved(person: Person): void; onCancel(): void }) {
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState<string>(person?.role ?? '');
  const [teamId, setTeamId] = useState(person?.teamId ? String(person.teamId) : '');
  const [email, setEmail] = useState(person?.email ?? '');
  const form = useSaveForm(
    personCreateInput,
    () => ({ name, role: role as Role, teamId: teamId ? Number(teamId) : null, email }),
    async (input, send) => onSaved(person ? await send('people.update', { ...input, id: person.id }) : await send('people.create', input)),
  );

  return (
    <form
      className="panel"
      aria-labelledby="person-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="person-form-title">{person ? `Edit ${person.name}` : 'Add a person'}</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={FIELD_IDS} /> : null}
      <TextField id={FIELD_IDS.name} label="Full name" value={name} onChange={setName} error={form.fieldErrors.name} autoFocus />
      <SelectField id={FIELD_IDS.role} label="Role" placeholder="Choose a role" options={ROLE_OPTIONS} value={role} onChange={setRole} error={form.fieldErrors.role} />
      <SelectField id={FIELD_IDS.teamId} label="Team" optional placeholder="No team" options={teams.map((t) => ({ value: String(t.id), label: t.name }))} value={teamId} onChange={setTeamId} error={form.fieldErrors.teamId} />
      <TextField id={FIELD_IDS.email} label="Email" optional type="email" hint="For sending agendas and minutes. Leave blank if not needed." value={email} onChange={setEmail} error={form.fieldErrors.email} />
      <FormFooter form={form} submitLabel={person ? 'Save changes' : 'Add person'} onCancel={onCancel} nameFieldId={FIELD_IDS.name} />
    </form>
  );
}
