import { useState } from 'react';
import { ATTENDANCE } from '../../../../shared/domain/minutes-vocabulary';
import type { Attendee } from '../../../../shared/schemas/minutes';
import { useMutation, type Sent } from '../../api/use-mutation';
import { Combobox } from '../../components/Combobox';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AddAttendeeForm } from './AddAttendeeForm';
import { AttendeeRow } from './AttendeeRow';
import { useMinutesContext } from './minutes-context';
import { usePendingFocus } from './use-pending-focus';

function counts(attendance: Attendee[]): string {
  return ATTENDANCE.values.map((s) => `${attendance.filter((a) => a.status === s).length} ${ATTENDANCE.labels[s].toLowerCase()}`).join(', ');
}

/**
 * Who is at the meeting: the core members the core put in at the start, anyone added on the
 * day, each present, sending apologies or absent, any declaration of interest, and who takes
 * the minutes. It folds away once done, so the items are nearer the top.
 */
export function AttendancePanel({ attendance, openAtFirst }: { attendance: Attendee[]; openAtFirst: boolean }) {
  const { meetingId, people, readOnly, refetch, announce } = useMinutesContext();
  const [open, setOpen] = useState(openAtFirst);
  const [error, setError] = useState<string>();
  const { run } = useMutation({ fallback: 'That change to the attendance could not be saved.' });
  const [generation, setGeneration] = useState(0);
  const focusLater = usePendingFocus();
  // Places still to choose a person for come first, so the minute-taker goes from one to the next.
  // Kept as they were when the panel was drawn: a row never moves from under the keyboard.
  const [toChooseFirst, setToChooseFirst] = useState<ReadonlySet<number> | null>(null);
  // Worked out once the meeting has its attendance (it has none until it starts).
  if (toChooseFirst === null && attendance.length > 0) setToChooseFirst(new Set(attendance.filter((a) => a.personId === null && a.name === '').map((a) => a.id)));
  const first = toChooseFirst ?? new Set<number>();
  const rows = [...attendance.filter((a) => first.has(a.id)), ...attendance.filter((a) => !first.has(a.id))];
  const removeIds = rows.map((a) => `attendee-${a.id}-remove`);
  const minuteTaker = attendance.find((a) => a.minuteTaker);

  /** After a change (`sending`, or one already made by the add form): say so, move the keyboard on, read the attendance again. */
  async function change(sending: Promise<Sent<unknown>> | undefined, message: string, focusId?: string) {
    setError(undefined);
    const sent = await sending;
    if (sent && !sent.ok) return setError(sent.error.message);
    announce(message);
    if (focusId) focusLater(focusId);
    await refetch();
  }

  return (
    <section className="attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title" className="attendance__title">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="attendance-body" onClick={() => setOpen(!open)}>
          Attendance
        </button>
      </h2>
      <p className="attendance__counts">{counts(attendance)}</p>
      <div id="attendance-body" hidden={!open}>
        <ErrorMessage text={error} />
        <div className="field attendance__taker">
          <label className="field__label" htmlFor="minute-taker">
            Minute-taker
          </label>
          <Combobox
            id="minute-taker"
            placeholder="Type a name…"
            disabled={readOnly}
            options={[{ value: null, label: 'Not recorded' }, ...attendance.filter((a) => a.name).map((a) => ({ value: String(a.id), label: a.name }))]}
            value={minuteTaker ? String(minuteTaker.id) : null}
            onChange={(value) => {
              const id = value ? Number(value) : null;
              const who = attendance.find((a) => a.id === id);
              void change(run('attendance.setMinuteTaker', { meetingId, attendeeId: id }), who ? `${who.name} takes the minutes.` : 'No minute-taker recorded.');
            }}
          />
        </div>
        {attendance.length === 0 ? (
          <p className="empty">Nobody is listed yet.</p>
        ) : (
          <table className="table attendance__table">
            <caption className="visually-hidden">People at the meeting</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Organisation</th>
                <th scope="col">Attendance</th>
                <th scope="col">Declaration of interest</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((a, i) => (
                <AttendeeRow
                  key={a.id}
                  row={a}
                  people={people}
                  readOnly={readOnly}
                  removeId={removeIds[i]!}
                  onRemove={() => {
                    const after = removeIds.filter((_, j) => j !== i);
                    void change(run('attendance.remove', { id: a.id }), `${a.name || 'The place'} removed from the attendance.`, after[i] ?? after[i - 1] ?? 'add-attendee-person');
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
        {readOnly ? null : (
          <AddAttendeeForm
            key={generation}
            meetingId={meetingId}
            people={people}
            onAdded={(name) => {
              setGeneration((g) => g + 1);
              void change(undefined, `${name} added to the attendance.`, 'add-attendee-person');
            }}
          />
        )}
      </div>
    </section>
  );
}
