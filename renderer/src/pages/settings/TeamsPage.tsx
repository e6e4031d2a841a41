import { useState } from 'react';
import type { Team } from '../../../../shared/schemas/team';
import { useProcedure } from '../../api/use-procedure';
import { Checkbox } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { StatusTag } from '../../components/StatusTag';
import { useEditor } from '../../components/use-editor';
import { useNewestRows } from './use-newest-rows';
import { useArchiveToggle } from './use-archive-toggle';
import { TeamForm } from './TeamForm';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotAllowed, useMay } from '../../team-mode';

export function TeamsPage() {
  const [showArchived, setShowArchived] = useState(false);
  const teams = useProcedure('teams.list', { includeArchived: showArchived });
  const people = useProcedure('people.list', { includeArchived: true });
  const editor = useEditor<Team>();
  const newest = useNewestRows<Team>();
  // Setting up teams is the administrator's (the team store grants it to them alone).
  const setUp = useMay('setUp');
  const archiving = useArchiveToggle({ procedure: 'teams.setArchived', list: teams, newest, setNotice: editor.setNotice, showArchived, focusAfterLeavingId: 'add-team' });
  const nameOf = (id: number | null) => (id === null ? '—' : (people.data?.find((p) => p.id === id)?.name ?? '—'));



  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Teams</h1>
      <p className="lead">The teams that bring children to panel. Archived teams stay in past records but are not offered for new ones.</p>
      <Notice text={editor.notice} />
      <ErrorMessage text={archiving.error?.message} />
      {editor.editing ? (
        <TeamForm
          key={editor.editing === 'new' ? 'new' : editor.editing.id}
          team={editor.editing === 'new' ? undefined : editor.editing}
          people={(people.data ?? []).filter((p) => !p.archived)}
          onCancel={() => editor.close()}
          onSaved={(t) => {
            newest.saved(t);
            editor.close(`${t.name} saved.`);
            teams.reload();
          }}
        />
      ) : (
        <div className="toolbar">
          {setUp.allowed ? (
            <button id="add-team" type="button" className="button" onClick={() => editor.open('new', 'add-team')}>
              Add a team
            </button>
          ) : (
            <NotAllowed permission={setUp} />
          )}
          <Checkbox id="show-archived-teams" label="Show archived teams" checked={showArchived} onChange={setShowArchived} />
        </div>
      )}
      {teams.error ? <p className="field__error">{teams.error.message}</p> : null}
      <table className="table">
        <caption className="visually-hidden">Teams</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Team manager</th>
            <th scope="col">Group manager</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(teams.data ?? []).map((team) => (
            <tr key={team.id}>
              <th scope="row">{team.name}</th>
              <td>{nameOf(team.teamManagerId)}</td>
              <td>{nameOf(team.groupManagerId)}</td>
              <td>
                <StatusTag archived={team.archived} />
              </td>
              <td className="table__actions">
                {setUp.allowed ? (
                  <>
                    <button id={`edit-team-${team.id}`} type="button" className="button button--small button--secondary" onClick={() => editor.open(newest.newest(team), `edit-team-${team.id}`)}>
                      Edit<span className="visually-hidden"> {team.name}</span>
                    </button>
                    <button type="button" className="button button--small button--secondary" onClick={() => void archiving.toggle(team)}>
                      {team.archived ? 'Restore' : 'Archive'}
                      <span className="visually-hidden"> {team.name}</span>
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {teams.data?.length === 0 && !teams.loading ? <p className="empty">No teams yet. Add the teams that attend panel.</p> : null}
    </section>
  );
}
