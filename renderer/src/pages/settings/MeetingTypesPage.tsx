import { useState } from 'react';
import { MEETING_FORM, SERIES_INTERVAL } from '../../../../shared/domain/vocabulary';
import { ROLE_LABELS, ROLES } from '../../../../shared/roles';
import type { MeetingType } from '../../../../shared/schemas/meeting-type';
import { useProcedure } from '../../api/use-procedure';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Checkbox } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { useEditor } from '../../components/use-editor';
import { useNewestRows } from './use-newest-rows';
import { useArchiveToggle } from './use-archive-toggle';
import { MeetingTypeForm } from './MeetingTypeForm';
import { NotAllowed, useMay } from '../../team-mode';

const ADD_BUTTON_ID = 'add-meeting-type';

export function MeetingTypesPage() {
  const [showArchived, setShowArchived] = useState(false);
  const types = useProcedure('meetingTypes.list', { includeArchived: showArchived });
  const editor = useEditor<MeetingType>();
  const newest = useNewestRows<MeetingType>();
  // Setting up meeting types is the administrator's (the team store grants it to them alone).
  const setUp = useMay('setUp');
  const archiving = useArchiveToggle({ procedure: 'meetingTypes.setArchived', list: types, newest, setNotice: editor.setNotice, showArchived, focusAfterLeavingId: ADD_BUTTON_ID });



  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Meeting types</h1>
      <p className="lead">
        The meetings Panelroom runs. Core members are filled in to each meeting’s attendance, and the slot length sets the times on its agenda. The built-in types can be renamed but not archived.
      </p>
      <Notice text={editor.notice} />
      <ErrorMessage text={archiving.error?.message} />
      {editor.editing ? (
        <MeetingTypeForm
          key={editor.editing === 'new' ? 'new' : editor.editing.id}
          type={editor.editing === 'new' ? undefined : editor.editing}
          onCancel={() => editor.close()}
          onSaved={(t) => {
            newest.saved(t);
            editor.close(`${t.name} saved.`);
            types.reload();
          }}
        />
      ) : (
        <div className="toolbar">
          {setUp.allowed ? (
            <button id={ADD_BUTTON_ID} type="button" className="button" onClick={() => editor.open('new', ADD_BUTTON_ID)}>
              Add a meeting type
            </button>
          ) : (
            <NotAllowed permission={setUp} />
          )}
          <Checkbox id="show-archived-types" label="Show archived meeting types" checked={showArchived} onChange={setShowArchived} />
        </div>
      )}
      {types.error ? <p className="field__error">{types.error.message}</p> : null}
      <table className="table">
        <caption className="visually-hidden">Meeting types</caption>
        <thead>
          <tr>
            <th scope="col">Meeting type</th>
            <th scope="col">Kind of items</th>
            <th scope="col">Slot length</th>
            <th scope="col">How often</th>
            <th scope="col">Core membership</th>
            <th scope="col">Papers due</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(types.data ?? []).map((type) => (
            <tr key={type.id}>
              <th scope="row">
                {type.name}
                <span className="tracker__sub">{type.code ? 'Built in' : 'Your council’s own'}</span>
                {type.archived ? <span className="tag tag--grey">Archived</span> : null}
              </th>
              <td>{MEETING_FORM.labels[type.form]}</td>
              <td>{type.slotMinutes} minutes</td>
              <td>{SERIES_INTERVAL.labels[type.defaultInterval]}</td>
              {/* In the form's order, so a role is easy to find in both. */}
              <td>{type.coreRoles.length === 0 ? <span className="muted">No core members</span> : ROLES.filter((r) => type.coreRoles.includes(r)).map((r) => ROLE_LABELS[r]).join(', ')}</td>
              <td>{papersDue(type)}</td>
              <td>
                {/* The flex row inside the cell, not on it: a flex cell loses its share of the row's border. */}
                <div className="table__actions">
                  {setUp.allowed ? (
                    <>
                      <button id={`edit-meeting-type-${type.id}`} type="button" className="button button--small button--secondary" onClick={() => editor.open(newest.newest(type), `edit-meeting-type-${type.id}`)}>
                        Edit<span className="visually-hidden"> {type.name}</span>
                      </button>
                      {type.code === null ? (
                        <button type="button" className="button button--small button--secondary" onClick={() => void archiving.toggle(type)}>
                          {type.archived ? 'Restore' : 'Archive'}
                          <span className="visually-hidden"> {type.name}</span>
                        </button>
                      ) : null}
                    </>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function papersDue(type: MeetingType) {
  if (type.form !== 'lgp') return <span className="muted">Not used</span>;
  if (type.papersDueWorkingDays === null) return <span className="muted">No deadline</span>;
  const n = type.papersDueWorkingDays;
  return `${n} working ${n === 1 ? 'day' : 'days'} before`;
}
