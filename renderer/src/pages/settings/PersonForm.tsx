import { useRef, useState } from 'react';
import { personCreateInput } from '../../../../shared/schemas/person';
import type { Person } from '../../../../shared/schemas/person';
import type { Team } from '../../../../shared/schemas/team';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { useConflictChoices } from '../../components/EditConflict';
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
  // The version the next save is based on: the person's as opened, then the one each save answers (or a conflict names, once the person chose).
  const version = useRef<number | undefined>(person?.version);
  const form = useSaveForm(
    personCreateInput,
    () => ({ name, role: role as Role, teamId: teamId ? Number(teamId) : null, email }),
    async (input, send) => {
      if (!person) return onSaved(await send('people.create', input));
      const saved = await send('people.update', { ...input, id: person.id, version: version.current ?? person.version });
      version.current = saved.version;
      onSaved(saved);
    },
  );
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) =>
      key === 'name' ? name : key === 'email' ? email : key === 'role' ? (ROLE_LABELS[role as Role] ?? '') : (teams.find((t) => String(t.id) === teamId)?.name ?? ''),
    take: (key, theirs) => {
      const text = theirs === null || theirs === undefined ? '' : String(theirs);
      if (key === 'name') setName(text);
      else if (key === 'role') setRole(text);
      else if (key === 'teamId') setTeamId(text);
      else setEmail(text);
    },
  });

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
      {conflictAt('name', FIELD_IDS.name)}
      <SelectField id={FIELD_IDS.role} label="Role" placeholder="Choose a role" options={ROLE_OPTIONS} value={role} onChange={setRole} error={form.fieldErrors.role} />
      {conflictAt('role', FIELD_IDS.role)}
      <SelectField id={FIELD_IDS.teamId} label="Team" optional placeholder="No team" options={teams.map((t) => ({ value: String(t.id), label: t.name }))} value={teamId} onChange={setTeamId} error={form.fieldErrors.teamId} />
      {conflictAt('teamId', FIELD_IDS.teamId)}
      <TextField id={FIELD_IDS.email} label="Email" optional type="email" hint="For sending agendas and minutes. Leave blank if not needed." value={email} onChange={setEmail} error={form.fieldErrors.email} />
      {conflictAt('email', FIELD_IDS.email)}
      <FormFooter form={form} submitLabel={person ? 'Save changes' : 'Add person'} onCancel={onCancel} nameFieldId={FIELD_IDS.name} />
    </form>
  );
}
