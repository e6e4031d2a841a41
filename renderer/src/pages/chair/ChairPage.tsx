import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { andList, personName } from '../../../../shared/domain/words';
import { useServerLink } from '../../api/live';
import { formatClock } from '../actions/action-words';
import { ChairChild } from './ChairChild';
import { ChairEarlierActions } from './ChairEarlierActions';
import { ChairMinuted } from './ChairMinuted';
import { statusSentence } from './ChairStatus';
import { coreNow, itemsInView, secondsOnItem, slotWords } from './chair-time';
import { usePolledMinutes, useTicker } from './use-polled-minutes';
import './chair.css';

/**
 * The chair's read-only view of a meeting, in large type, for a laptop or a second
 * screen. It has no controls at all: the minute-taker moves the room on, and this view
 * follows as the core says the meeting changed (from this laptop or, with a team store,
 * another), with a slow read now and then besides. With a team store it says when this
 * laptop last heard from the server, so a chair can tell a quiet room from a dropped network.
 */
export function ChairPage({ id }: { id: number }) {
  const polled = usePolledMinutes(id);
  const localNow = useTicker();
  const { data, receivedAt, failure } = polled;
  const failing = failure !== undefined;
  const link = useServerLink();
  const heardAt = link?.lastHeardAt ? Date.parse(link.lastHeardAt) : NaN;

  return (
    <div className="chair">
      <div className="chair__bar">
        <span className="app__name">Panelroom: chair’s view</span>
        <span className="app__marking">OFFICIAL-SENSITIVE</span>
      </div>
      {/* Announced once when polling starts failing: the message stays the same while it goes on failing. */}
      <div role="alert">
        {failing && failure ? (
          <p className="chair__problem">
            {failure.notFound ? 'This meeting cannot be found: it may have been removed.' : `This view could not be updated: ${failure.message}`}
            {receivedAt !== undefined ? ` It is showing what it last received, at ${formatClock(receivedAt)}, and will keep trying.` : ' It will keep trying.'}
          </p>
        ) : null}
      </div>
      {data && receivedAt !== undefined ? (
        // While polls fail the clocks stop at the last answer: running on would claim to know what the room is doing.
        <ChairMeeting detail={data} now={coreNow(data, receivedAt, failing ? receivedAt : localNow)} />
      ) : failure ? null : (
        <p className="chair__loading" aria-live="polite">
          Loading the meeting…
        </p>
      )}
      <footer className="chair__footer">
        <p>
          <strong>This view updates by itself</strong> as the room moves on; there is nothing to press.
          {receivedAt !== undefined ? ` Last updated at ${formatClock(receivedAt)}.` : ''}
        </p>
        {link ? (
          <p className="chair__link">
            {Number.isNaN(heardAt) ? 'Not heard from the server yet.' : `Last heard from the server at ${formatClock(heardAt)}.`}
            {link.listening ? '' : ' Not hearing changes as they happen: reconnecting, and reading the meeting again every ten seconds meanwhile.'}
          </p>
        ) : null}
      </footer>
    </div>
  );
}

function ChairMeeting({ detail, now }: { detail: MinutesDetail; now: number }) {
  const { meeting } = detail.agenda;
  const { ordered, current, isRoomItem, index, next } = itemsInView(detail);
  const minute = current ? detail.items.find((m) => m.itemId === current.id) : undefined;
  const today = todayIso(new Date(now));
  const slot = current ? slotWords(secondsOnItem(detail, current.id, now), current) : undefined;
  const heading = itemHeading(detail.state.status, current !== undefined, isRoomItem, index, ordered.length);
  const names = current ? andList(current.children.map(personName)) : '';

  return (
    <>
      <header className="chair__head">
        <h1 className="chair__title">
          {meeting.seriesName ?? meeting.typeName}
          <span className="chair__date">
            {formatUkDate(meeting.date)}, {meeting.startTime} to {meeting.endTime}
            {meeting.venue ? `, ${meeting.venue}` : ''}
          </span>
        </h1>
        <p className="chair__status">{statusSentence(detail, now)}</p>
        {meeting.chairName ? <p className="chair__meta">Chair: {meeting.chairName}</p> : null}
      </header>

      <div className="chair__grid">
        <section className="chair__now" aria-labelledby="chair-now-title">
          <h2 id="chair-now-title">{heading}</h2>
          {/* Says who is being discussed when the room moves on, for a chair using a screen reader. */}
          <p className="visually-hidden" aria-live="polite">
            {current && isRoomItem ? `Now discussing ${names}.` : ''}
          </p>
          {current ? (
            <>
              {current.reason ? <p className="chair__reason">Why: {current.reason}</p> : null}
              {current.presenterName ? <p className="chair__meta">Presenting: {current.presenterName}</p> : null}
              <div className="chair__children">
                {current.children.map((c) => (
                  <ChairChild key={c.id} child={c} glance={minute?.glance.find((g) => g.childId === c.id)} rating={minute?.ratings.find((r) => r.childId === c.id)} />
                ))}
              </div>
              <ChairMinuted form={meeting.form} values={minute?.values} />
              <ChairEarlierActions actions={minute?.earlierActions ?? []} today={today} />
            </>
          ) : null}
        </section>

        <div className="chair__side">
          {current && slot ? (
            <div className={slot.over ? 'chair__clock chair__clock--over' : 'chair__clock'}>
              <p className="chair__clock-label">Time on this item</p>
              <p className="chair__clock-value">{slot.spent.charAt(0).toUpperCase() + slot.spent.slice(1)}</p>
              <p className="chair__clock-slot">{slot.text}</p>
              <p className="chair__clock-slot">
                Slot {current.start} to {current.end}
              </p>
            </div>
          ) : null}
          <section className="chair__next" aria-labelledby="chair-next-title">
            <h2 id="chair-next-title">Next</h2>
            {next ? (
              <p className="chair__next-line">
                At {next.start}: <strong>{andList(next.children.map((c) => `${personName(c)} (${c.caseRef})`))}</strong>
                {next.reason ? <span className="chair__next-reason">{next.reason}</span> : null}
              </p>
            ) : (
              <p className="chair__next-line">{current ? 'Nothing: this is the last item on the agenda.' : 'Nothing.'}</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

/** What the item shown is: the one the room is on, or (with none open) the first, said according to where the meeting is. */
function itemHeading(status: MinutesDetail['state']['status'], any: boolean, isRoomItem: boolean, index: number, count: number): string {
  if (!any) return 'No items on the agenda';
  if (status === 'planned') return `First item (of ${count})`;
  if (status !== 'in_progress') return `Item ${index + 1} of ${count}`;
  return isRoomItem ? `Now: item ${index + 1} of ${count}` : `No item is open in the room. First on the agenda (of ${count}):`;
}
