import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import type { CurrentUser } from '../../../shared/schemas/current-user';
import type { Person } from '../../../shared/schemas/person';
import type { ProcedureInput } from '../../../shared/contract';
import { useMutation } from '../api/use-mutation';
import { Combobox } from './Combobox';
import { ErrorMessage } from './ErrorMessage';
import { personOptions } from './PersonField';

/**
 * "Who is using Panelroom on this computer?": someone from People, or yourself added to it.
 * Their name goes on the documents, the audit log and the filing checklist (the computer's
 * login stays in the audit details). Used on first run and in Settings > People.
 */
export function CurrentUserChooser({ idBase, people, current, onChosen }: { idBase: string; people: readonly Person[]; current: CurrentUser | undefined; onChosen(user: CurrentUser): void }) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('business_support');
  const choosing = useMutation({ fallback: 'That could not be saved. Try again.' });
  const busy = choosing.pending;

  async function choose(input: ProcedureInput<'people.setCurrentUser'>) {
    const sent = await choosing.run('people.setCurrentUser', input);
    if (!sent.ok) return;
    onChosen(sent.value);
    setAdding(false);
  }

  const live = people.filter((p) => !p.archived);
  return (
    <div className="current-user">
      <ErrorMessage text={choosing.error?.message} />
      <div className="field">
        <label className="field__label" htmlFor={`${idBase}-person`}>
          Who is using Panelroom on this computer
        </label>
        <p id={`${idBase}-hint`} className="field__hint">
          Type your name and press Enter. It goes on documents, the audit log and the filing checklist{current ? ` (the computer’s login, ${current.login}, stays in the audit details)` : ''}.
        </p>
        <Combobox
          id={`${idBase}-person`}
          options={personOptions(live)}
          value={current?.person ? String(current.person.id) : null}
          describedBy={`${idBase}-hint`}
          disabled={busy}
          onChange={(v) => v && void choose({ personId: Number(v) })}
        />
      </div>
      {adding ? (
        <form
          className="current-user__add"
          aria-label="Add yourself to People"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void choose({ add: { name, role } });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${idBase}-name`}>
              Your full name
            </label>
            <input id={`${idBase}-name`} className="input" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${idBase}-role`}>
              Your role
            </label>
            <select id={`${idBase}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              Add me and use my name
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => setAdding(true)}>
          I am not on the list: add me
        </button>
      )}
    </div>
  );
}
