import { useCallback, useState } from 'react';
import { ATTENDANCE, type Attendance } from '../../../../shared/domain/minutes-vocabulary';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import type { Attendee } from '../../../../shared/schemas/minutes';
import type { Person } from '../../../../shared/schemas/person';
import { call } from '../../api/client';
import { useAutosave, useAutosaveStore } from '../../components/use-autosave';
import { useMinutesContext } from './minutes-context';
import { RadioGroup } from './RadioGroup';

interface RowValue {
  personId: number | null;
  name: string;
  status: Attendance;
  declaration: string;
}

const STATUS_OPTIONS = ATTENDANCE.values.map((v) => ({ value: v, label: ATTENDANCE.labels[v] }));

/**
 * One person at the meeting. Their status and declaration save as they change, as one
 * value for the row, so a status chosen while a declaration is on its way can never be
 * overwritten by it.
 */
export function AttendeeRow({ row, people, readOnly, removeId, onRemove }: { row: Attendee; people: Person[]; readOnly: boolean; removeId: string; onRemove(): void }) {
  const store = useAutosaveStore();
  const { refetch } = useMinutesContext();
  const key = `attendee:${row.id}`;
  const [value, setValue] = useState<RowValue>(() => store.latest<RowValue>(key) ?? { personId: row.personId, name: row.name, status: row.status, declaration: row.declaration ?? '' });
  const save = useCallback(
    (v: RowValue) =>
      call('attendance.update', { id: row.id, personId: v.personId, name: v.name, role: row.role as Role, organisation: row.organisation, status: v.status, declaration: v.declaration }),
    [row.id, row.role, row.organisation],
  );
  const { change, flush, error } = useAutosave<RowValue>(key, save);
  const update = (next: RowValue, immediate: boolean) => {
    setValue(next);
    change(next, immediate);
  };
  const roleLabel = ROLE_LABELS[row.role as Role] ?? row.role;
  const who = value.name || roleLabel;
  const base = `attendee-${row.id}`;
  // A core member's place whose person is not known yet: choose them from people with that role.
  const needsPerson = value.personId === null && value.name === '';
  const candidates = people.filter((p) => p.role === row.role);

  return (
    <tr>
      <th scope="row" className="attendance__name">
        {needsPerson && !readOnly ? (
          <>
            <label htmlFor={`${base}-person`} className="visually-hidden">
              Who is attending as {roleLabel}
            </label>
            <select
              id={`${base}-person`}
              className="select select--compact"
              value=""
              onChange={(e) => {
                const person = people.find((p) => p.id === Number(e.target.value));
                if (!person) return;
                update({ ...value, personId: person.id, name: person.name }, true);
                // The minute-taker list names people from the core's copy: bring it up to date.
                void flush().then(refetch);
              }}
            >
              <option value="">Choose who…</option>
              {(candidates.length ? candidates : people).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          value.name || <span className="muted">Not known</span>
        )}
        {row.core ? <span className="attendance__core">Core member</span> : null}
      </th>
      <td>{roleLabel}</td>
      <td>{row.organisation ?? ''}</td>
      <td>
        <RadioGroup name={`${base}-status`} legend={`Attendance of ${who}`} legendHidden inline options={STATUS_OPTIONS} value={value.status} disabled={readOnly} onChange={(status) => {
            update({ ...value, status }, true);
            // The counts above the table come from the core's copy.
            void flush().then(refetch);
          }} error={error} />
      </td>
      <td>
        <label htmlFor={`${base}-declaration`} className="visually-hidden">
          Declaration of interest by {who}
        </label>
        <textarea
          id={`${base}-declaration`}
          className="textarea minutes-text minutes-text--cell"
          rows={1}
          maxLength={2000}
          value={value.declaration}
          readOnly={readOnly}
          onChange={(e) => update({ ...value, declaration: e.target.value }, false)}
          onBlur={() => void flush()}
        />
      </td>
      {readOnly ? null : (
        <td>
          <button id={removeId} type="button" className="button button--small button--secondary" aria-label={`Remove ${who} from the attendance`} onClick={onRemove}>
            Remove
          </button>
        </td>
      )}
    </tr>
  );
}
