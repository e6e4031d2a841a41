import { useMemo, useState } from 'react';
import { Combobox } from '../../components/Combobox';
import { personOptions } from '../../components/PersonField';
import { ATTENDANCE, type Attendance } from '../../../../shared/domain/minutes-vocabulary';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import type { Attendee } from '../../../../shared/schemas/minutes';
import type { Person } from '../../../../shared/schemas/person';
import { saveBy, useAutosave, useAutosaveStore } from '../../components/use-autosave';
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
  const save = useMemo(
    () => saveBy('attendance.update', (v: RowValue) => ({ id: row.id, personId: v.personId, name: v.name, role: row.role as Role, organisation: row.organisation, status: v.status, declaration: v.declaration })),
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
  // A core member's place whose person was not known when the row was drawn: chosen here, people with
  // that role first. The field stays after choosing, so the keyboard stays put and a slip can be put right.
  const [choosing] = useState(value.personId === null && value.name === '');

  return (
    <tr>
      <th scope="row" className="attendance__name">
        {choosing && !readOnly ? (
          <Combobox
            id={`${base}-person`}
            className="combobox--compact"
            ariaLabel={`Who is attending as ${roleLabel}`}
            placeholder="Type a name…"
            options={personOptions(people, { preferRole: row.role as Role })}
            value={value.personId === null ? null : String(value.personId)}
            onChange={(id) => {
              const person = people.find((p) => String(p.id) === id);
              if (!person) return;
              update({ ...value, personId: person.id, name: person.name }, true);
              // The minute-taker list names people from the core's copy: bring it up to date.
              void flush().then(refetch);
            }}
          />
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
