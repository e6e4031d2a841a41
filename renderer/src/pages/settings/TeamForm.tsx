import { useRef, useState } from 'react';
import { teamCreateInput } from '../../../../shared/schemas/team';
import type { Team } from '../../../../shared/schemas/team';
import type { Person } from '../../../../shared/schemas/person';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { TextField } from '../../components/fields';
import { PersonField } from '../../components/PersonField';
import { useSaveForm } from '../../components/use-save-form';

const FIELD_IDS = { name: 'team-name', teamManagerId: 'team-manager', groupManagerId: 'team-group-manager' };

export function TeamForm({ team, people, onSaved, onCancel }: { team?: Team; people: Person[]; onSaved(team: Team): void; onCancel(): void }) {
  const [name, setName] = useState(team?.name ?? '');
  const [teamManagerId, setTeamManagerId] = useState(team?.teamManagerId ? String(team.teamManagerId) : '');
  const [groupManagerId, setGroupManagerId] = useState(team?.groupManagerId ? String(team.groupManagerId) : '');
  // The version the next save is based on: the team's as opened, then the one each save answers (or a conflict names, once the person chose).
  const version = useRef<number | undefined>(team?.version);
  const form = useSaveForm(
    teamCreateInput,
    () => ({ name, teamManagerId: teamManagerId ? Number(teamManagerId) : null, groupManagerId: groupManagerId ? Number(groupManagerId) : null }),
    async (input, send) => {
      if (!team) return onSaved(await send('teams.create', input));
      const saved = await send('teams.update', { ...input, id: team.id, version: version.current ?? team.version });
      version.current = saved.version;
      onSaved(saved);
    },
  );
  const personName = (id: string) => people.find((p) => String(p.id) === id)?.name ?? '';
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) => (key === 'name' ? name : personName(key === 'teamManagerId' ? teamManagerId : groupManagerId)),
    take: (key, theirs) => {
      const text = theirs === null || theirs === undefined ? '' : String(theirs);
      if (key === 'name') setName(text);
      else if (key === 'teamManagerId') setTeamManagerId(text);
      else setGroupManagerId(text);
    },
  });

  return (
    <form
      className="panel"
      aria-labelledby="team-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="team-form-title">{team ? `Edit ${team.name}` : 'Add a team'}</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={FIELD_IDS} /> : null}
      <TextField id={FIELD_IDS.name} label="Team name" value={name} onChange={setName} error={form.fieldErrors.name} autoFocus />
      {conflictAt('name', FIELD_IDS.name)}
      <PersonField id={FIELD_IDS.teamManagerId} label="Team manager" optional placeholder="Not set" people={people} preferRole="team_manager" value={teamManagerId} onChange={setTeamManagerId} error={form.fieldErrors.teamManagerId} />
      {conflictAt('teamManagerId', FIELD_IDS.teamManagerId)}
      <PersonField id={FIELD_IDS.groupManagerId} label="Group manager" optional placeholder="Not set" people={people} preferRole="group_manager" value={groupManagerId} onChange={setGroupManagerId} error={form.fieldErrors.groupManagerId} />
      {conflictAt('groupManagerId', FIELD_IDS.groupManagerId)}
      <FormFooter form={form} submitLabel={team ? 'Save changes' : 'Add team'} onCancel={onCancel} nameFieldId={FIELD_IDS.name} />
    </form>
  );
}
