import { Fragment, useState } from 'react';
import { LGP_BOOKING_REASON, LGP_PAPER, PAPER_STATE, type LgpBookingReason } from '../../../../shared/domain/vocabulary';
import type { AgendaItem, Papers } from '../../../../shared/schemas/agenda';
import type { Person } from '../../../../shared/schemas/person';
import type { Agenda } from './use-agenda';
import { focusSoon } from '../../components/focus-soon';
import { itemName } from './child-names';
import { Combobox } from '../../components/Combobox';
import { personOptions } from '../../components/PersonField';
import { SLOT_MINUTES_MAX as MAX_SLOT_MINUTES, SLOT_MINUTES_MIN } from '../../../../shared/schemas/meeting-type';
import { personName } from '../../../../shared/domain/words';

export function AgendaItemRow({
  item,
  count,
  people,
  agenda,
  lgp,
  editable,
  preparable,
}: {
  item: AgendaItem;
  count: number;
  people: Person[];
  agenda: Agenda;
  lgp: boolean;
  /** The item's order, presenter, minutes and papers may be changed. */
  editable: boolean;
  /** Children may be grouped, separated and removed. */
  preparable: boolean;
}) {
  // What is being typed, until it is saved; otherwise the saved length (which grouping siblings can change).
  const [draft, setDraft] = useState<string | null>(null);
  // Said when the length is left or Enter is pressed, never while it is being typed.
  const [minutesError, setMinutesError] = useState<string>();
  const minutes = draft ?? String(item.slotMinutes);
  const name = itemName(item.children);
  const update = (change: Partial<{ presenterId: number | null; slotMinutes: number; lgpReason: LgpBookingReason; papers: Papers }>, message: string) =>
    agenda.run(
      'agenda.update',
      {
        id: item.id,
        presenterId: item.presenterId,
        slotMinutes: item.slotMinutes,
        reason: item.reason,
        lgpReason: item.lgpReason,
        papers: item.papers,
        version: item.version,
        ...change,
      },
      message,
    );
  const saveMinutes = () => {
    if (draft === null) return;
    const typed = draft.trim();
    const n = Number(typed);
    // What was typed stays on screen until it is a length that can be saved: it never silently empties or reverts.
    if (!/^\d+$/.test(typed) || n < SLOT_MINUTES_MIN || n > MAX_SLOT_MINUTES) {
      setMinutesError(`Minutes must be a whole number from ${SLOT_MINUTES_MIN} to ${MAX_SLOT_MINUTES}. Still ${item.slotMinutes} minutes.`);
      return;
    }
    setMinutesError(undefined);
    if (n === item.slotMinutes) return setDraft(null);
    void update({ slotMinutes: n }, `${name}: ${n} minutes.`).then(() => setDraft(null));
  };
  // At the top or bottom the pressed button is disabled, so the keyboard moves to its partner.
  const move = (to: number, buttonId: string, otherId: string) =>
    void agenda.run('agenda.move', { id: item.id, position: to }, `${name} moved to item ${to}.`).then((ok) => ok && focusSoon(buttonId, otherId));

  return (
    <Fragment>
      <tr>
        <td className="agenda__number">{item.position}</td>
        <td className="agenda__time">
          {item.start}
          <span className="visually-hidden"> to </span>
          <span aria-hidden="true">–</span>
          {item.end}
        </td>
        <th scope="row" className="agenda__children">
          {item.children.map((c) => (
            <div key={c.id}>
              <a href={`#/children/${c.id}`}>{personName(c)}</a> <span className="agenda__ref">{c.caseRef}</span>
              <div className="muted agenda__sub">
                {[c.teamName, c.socialWorkerName ? `SW: ${c.socialWorkerName}` : null].filter(Boolean).join(' · ')}
              </div>
            </div>
          ))}
          {item.children.length > 1 ? <span className="tag tag--blue">Sibling group</span> : null}
        </th>
        <td className="agenda__reason">{lgp && item.lgpReason ? LGP_BOOKING_REASON.labels[item.lgpReason] : item.reason}</td>
        <td>
          <Combobox
            id={`presenter-${item.id}`}
            className="combobox--compact"
            ariaLabel={`Presenter for ${name}`}
            placeholder="Type a name…"
            disabled={!editable}
            options={personOptions(people, { placeholder: 'Not set', preferRole: 'social_worker' })}
            value={item.presenterId === null ? null : String(item.presenterId)}
            onChange={(value) => {
              const presenterId = value ? Number(value) : null;
              const who = people.find((p) => p.id === presenterId)?.name ?? 'nobody';
              void update({ presenterId }, `${name}: presented by ${who}.`);
            }}
          />
        </td>
        <td>
          <label className="visually-hidden" htmlFor={`minutes-${item.id}`}>
            Minutes for {name}
          </label>
          <input
            id={`minutes-${item.id}`}
            className="input input--minutes"
            inputMode="numeric"
            disabled={!editable}
            value={minutes}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? `minutes-${item.id}-error` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setMinutesError(undefined);
            }}
            onBlur={saveMinutes}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                saveMinutes();
              }
            }}
          />
          {minutesError ? (
            <p id={`minutes-${item.id}-error`} className="field__error agenda__minutes-error">
              <span className="visually-hidden">Error: </span>
              {minutesError}
            </p>
          ) : null}
        </td>
        <td className="table__actions agenda__actions">
          {editable ? (
            <>
              <button
                id={`up-${item.id}`}
                type="button"
                className="button button--small button--secondary"
                disabled={item.position === 1}
                aria-label={`Move ${name} earlier`}
                onClick={() => move(item.position - 1, `up-${item.id}`, `down-${item.id}`)}
              >
                Earlier
              </button>
              <button
                id={`down-${item.id}`}
                type="button"
                className="button button--small button--secondary"
                disabled={item.position === count}
                aria-label={`Move ${name} later`}
                onClick={() => move(item.position + 1, `down-${item.id}`, `up-${item.id}`)}
              >
                Later
              </button>
              {preparable && item.canGroupWith.length > 0 ? (
                <button type="button" className="button button--small button--secondary" onClick={() => void agenda.run('agenda.groupSiblings', { id: item.id }, `${name}: siblings grouped into one item.`).then((ok) => ok && focusSoon('agenda-title'))}>
                  Group with siblings
                </button>
              ) : null}
              {preparable && item.children.length > 1 ? (
                <button type="button" className="button button--small button--secondary" onClick={() => void agenda.run('agenda.split', { id: item.id }, `${name}: now separate items.`).then((ok) => ok && focusSoon('agenda-title'))}>
                  Separate
                </button>
              ) : null}
              {preparable ? (
                <button
                  type="button"
                  className="button button--small button--warning"
                  aria-label={`Remove ${name} from the agenda`}
                  onClick={() => void agenda.run('agenda.remove', { id: item.id }, `${name} removed from the agenda.`).then((ok) => ok && focusSoon('agenda-title'))}
                >
                  Remove
                </button>
              ) : null}
            </>
          ) : null}
        </td>
      </tr>
      {lgp ? (
        <tr className="agenda__papers-row">
          <td colSpan={7}>
            <fieldset className="papers" disabled={!editable}>
              <legend className="visually-hidden">Legal Gateway booking for {name}</legend>
              <div className="papers__field">
                <label htmlFor={`lgp-reason-${item.id}`}>Reason</label>
                <select
                  id={`lgp-reason-${item.id}`}
                  className="select select--compact"
                  value={item.lgpReason ?? ''}
                  onChange={(e) => void update({ lgpReason: e.target.value as LgpBookingReason }, `${name}: ${LGP_BOOKING_REASON.labels[e.target.value as LgpBookingReason]}.`)}
                >
                  {LGP_BOOKING_REASON.values.map((v) => (
                    <option key={v} value={v}>
                      {LGP_BOOKING_REASON.labels[v]}
                    </option>
                  ))}
                </select>
              </div>
              {LGP_PAPER.values.map((paper) => (
                <div key={paper} className="papers__field">
                  <label htmlFor={`paper-${paper}-${item.id}`}>{LGP_PAPER.labels[paper]}</label>
                  <select
                    id={`paper-${paper}-${item.id}`}
                    className={`select select--compact papers__state papers__state--${item.papers?.[paper] ?? 'outstanding'}`}
                    value={item.papers?.[paper] ?? 'outstanding'}
                    onChange={(e) => {
                      const papers = { ...(item.papers ?? { genogram: 'outstanding', chronology: 'outstanding', referral: 'outstanding', assessment: 'outstanding' }), [paper]: e.target.value } as Papers;
                      void update({ papers }, `${name}: ${LGP_PAPER.labels[paper]} ${PAPER_STATE.labels[e.target.value as keyof typeof PAPER_STATE.labels].toLowerCase()}.`);
                    }}
                  >
                    {PAPER_STATE.values.map((v) => (
                      <option key={v} value={v}>
                        {PAPER_STATE.labels[v]}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
