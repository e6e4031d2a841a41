import { useState } from 'react';
import type { Person } from '../../../../shared/schemas/person';
import { ROLE_LABELS } from '../../../../shared/roles';
import { rereadProcedure } from '../../api/query-client';
import { useProcedure } from '../../api/use-procedure';
import { CurrentUserChooser } from '../../components/CurrentUserChooser';
import { Checkbox } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { StatusTag } from '../../components/StatusTag';
import { useEditor } from '../../components/use-editor';
import { useNewestRows } from './use-newest-rows';
import { useArchiveToggle } from './use-archive-toggle';
import { PersonForm } from './PersonForm';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotAllowed, useMay } from '../../team-mode';

export function PeoplePage() {
  const [showArchived, setShowArchived] = useState(false);
  const people = useProcedure('people.list', { includeArchived: showArchived });
  const teams = useProcedure('teams.list', { includeArchived: true });
  const editor = useEditor<Person>();
  const newest = useNewestRows<Person>();
  // Setting up people is the administrator's (the team store grants it to them alone).
  const setUp = useMay('setUp');
  const currentUser = useProcedure('people.currentUser', undefined);
  const archiving = useArchiveToggle({ procedure: 'people.setArchived', list: people, newest, setNotice: editor.setNotice, showArchived, focusAfterLeavingId: 'add-person' });
  const teamName = (id: number | null) => (id === null ? '—' : (teams.data?.find((t) => t.id === id)?.name ?? '—'));



  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">People</h1>
      <p className="lead">Everyone who chairs, attends, presents at or takes minutes of a meeting, and who can own an action.</p>
      <Notice text={editor.notice} />
      <ErrorMessage text={archiving.error?.message} />
      <section className="panel panel--wide" aria-labelledby="this-computer-title">
        <h2 id="this-computer-title">This computer</h2>
        <CurrentUserChooser
          idBase="this-computer"
          people={people.data ?? []}
          current={currentUser.data}
          onChosen={(user) => {
            // Every read of them on screen, the question above the page included.
            void rereadProcedure('people.currentUser');
            void rereadProcedure('people.list');
            editor.setNotice(user.person ? `${user.person.name} is using Panelroom on this computer.` : 'Saved.');
          }}
        />
      </section>
      {editor.editing ? (
        <PersonForm
          key={editor.editing === 'new' ? 'new' : editor.editing.id}
          person={editor.editing === 'new' ? undefined : editor.editing}
          teams={(teams.data ?? []).filter((t) => !t.archived)}
          onCancel={() => editor.close()}
          onSaved={(p) => {
            newest.saved(p);
            editor.close(`${p.name} saved.`);
            people.reload();
          }}
        />
      ) : (
        <div className="toolbar">
          {setUp.allowed ? (
            <button id="add-person" type="button" className="button" onClick={() => editor.open('new', 'add-person')}>
              Add a person
            </button>
          ) : (
            <NotAllowed permission={setUp} />
          )}
          <Checkbox id="show-archived-people" label="Show archived people" checked={showArchived} onChange={setShowArchived} />
        </div>
      )}
      {people.error ? <p className="field__error">{people.error.message}</p> : null}
      <table className="table">
        <caption className="visually-hidden">People</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Team</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(people.data ?? []).map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>{ROLE_LABELS[person.role]}</td>
              <td>{teamName(person.teamId)}</td>
              <td>{person.email ?? '—'}</td>
              <td>
                <StatusTag archived={person.archived} />
              </td>
              <td className="table__actions">
                {setUp.allowed ? (
                  <>
                    <button id={`edit-person-${person.id}`} type="button" className="button button--small button--secondary" onClick={() => editor.open(newest.newest(person), `edit-person-${person.id}`)}>
                      Edit<span className="visually-hidden"> {person.name}</span>
                    </button>
                    <button type="button" className="button button--small button--secondary" onClick={() => void archiving.toggle(person)}>
                      {person.archived ? 'Restore' : 'Archive'}
                      <span className="visually-hidden"> {person.name}</span>
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {people.data?.length === 0 && !people.loading ? <p className="empty">No people yet. Add the panel’s members and the social workers who present.</p> : null}
    </section>
  );
}
