import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { saveWordFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { MinutesWorkspace } from '../minutes/MinutesWorkspace';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { NotAllowed, useMay } from '../../team-mode';
import { AddChildPanel } from './AddChildPanel';
import { AgendaItemRow } from './AgendaItemRow';
import { EarlyStartPanel } from './EarlyStartPanel';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useAgenda } from './use-agenda';

export function MeetingPage({ id }: { id: number }) {
  const agenda = useAgenda(id);
  const people = useProcedure('people.list', {});
  const [editingDetails, setEditingDetails] = useState(false);
  // What meetings.start answered, so the workspace opens without asking again.
  const [started, setStarted] = useState<MinutesDetail>();
  const starting = useMutation({ fallback: 'The meeting could not be started.' });
  const exporting = useMutation({ fallback: 'The agenda could not be exported.' });
  // Starting before the meeting's date needs the person to say it really is being held today.
  const [early, setEarly] = useState<string>();
  const { detail } = agenda;
  // With a team store the coordinator prepares agendas; a chair or minute-taker may also arrange the items (as the database grants).
  const mayPrepare = useMay('prepareAgendas');
  const mayArrange = useMay('arrangeAgendas');
  const mayKeepDetails = useMay('keepMeetingDetails');

  // A meeting being minuted stays on screen when a later read fails (the team store out of reach): the
  // workspace keeps what was typed and its own indicator says what is and is not saved.
  const minuting = started !== undefined || (detail !== undefined && detail.meeting.status !== 'planned');
  if (agenda.loadError && (agenda.loadError.code === 'NOT_FOUND' || !minuting)) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{agenda.loadError.code === 'NOT_FOUND' ? 'Meeting not found' : 'This meeting could not be shown'}</h1>
        <p>{agenda.loadError.message}</p>
        <a href="#/rota">Back to the rota</a>
      </section>
    );
  }
  if (started) return <MinutesWorkspace meetingId={id} initial={started} />;
  if (detail && detail.meeting.status !== 'planned') return <MinutesWorkspace meetingId={id} />;
  if (!detail || !people.data) return <p aria-live="polite">Loading…</p>;
  const m = detail.meeting;
  const editable = m.status === 'planned' || m.status === 'in_progress';
  const arrangeable = editable && mayArrange.allowed;
  const preparable = editable && mayPrepare.allowed;
  const lgp = m.form === 'lgp';
  const { plan } = detail;

  async function exportWord() {
    agenda.setError(undefined);
    const sent = await exporting.run('agenda.exportDocx', { id: m.id, overrunShown: plan.overrunMinutes });
    if (!sent.ok) return agenda.setError(sent.error.message);
    saveWordFile(sent.value);
    agenda.setNotice('The agenda has been exported to Word.');
  }

  async function start(moveToToday = false) {
    agenda.setError(undefined);
    const sent = await starting.run('meetings.start', { id: m.id, moveToToday });
    if (sent.ok) setStarted(sent.value);
    else if (sent.error.code === 'NEEDS_CONFIRMATION') setEarly(sent.error.message);
    else agenda.setError(sent.error.message);
  }

  return (
    <section aria-labelledby="page-title" className="meeting-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        {m.seriesId !== null ? (
              <a href={`#/rota/${m.seriesId}`}>{m.seriesName ?? 'Rota'}</a>
            ) : m.form === 'cpm' ? (
              <a href="#/cpm">Care Planning Meetings</a>
            ) : (
              <a href="#/rota">Panel rota</a>
            )}
      </nav>
      <div className="page-head">
        <h1 id="page-title">
          {m.typeName} <span className="page-head__sub">{formatLongDate(m.date)}</span>
        </h1>
        <div className="button-row">
          {m.status === 'planned' ? (
            <button id="start-meeting" type="button" className="button" disabled={starting.pending || detail.items.length === 0} onClick={() => void start()}>
              Start the meeting
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => void exportWord()}>
            Export agenda to Word
          </button>
        </div>
      </div>
      <dl className="summary-list meeting-summary">
        <div className="summary-list__row">
          <dt>Time</dt>
          <dd>
            {m.startTime} to {m.endTime}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Venue</dt>
          <dd>{m.venue ?? 'Not set'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Chair</dt>
          <dd>{m.chairName ?? 'Not set'}</dd>
        </div>
        {m.teamName ? (
          <div className="summary-list__row">
            <dt>Team attending</dt>
            <dd>{m.teamName}</dd>
          </div>
        ) : null}
        {m.papersDueOn ? (
          <div className="summary-list__row">
            <dt>Papers due</dt>
            <dd>{formatLongDate(m.papersDueOn)}</dd>
          </div>
        ) : null}
      </dl>
      {editingDetails ? (
        <MeetingDetailsForm
          detail={detail}
          people={people.data}
          onCancel={() => setEditingDetails(false)}
          onSaved={(saved) => {
            setEditingDetails(false);
            agenda.replace(saved);
            agenda.setNotice('Meeting details saved.');
          }}
        />
      ) : editable && mayKeepDetails.allowed ? (
        <button id="change-details" type="button" className="button button--secondary button--small" onClick={() => setEditingDetails(true)}>
          {m.seriesId === null ? 'Change date, time, venue or chair' : 'Change time, venue or chair'}
        </button>
      ) : editable ? (
        <NotAllowed permission={mayKeepDetails} />
      ) : null}

      {early && m.status === 'planned' ? (
        <EarlyStartPanel
          message={early}
          booking={m.seriesId === null}
          seriesId={m.seriesId}
          busy={starting.pending}
          onMoveToToday={() => void start(true)}
          onChangeDate={() => {
            setEarly(undefined);
            setEditingDetails(true);
          }}
          onCancel={() => setEarly(undefined)}
        />
      ) : null}
      <Notice text={agenda.notice} />
      <ErrorMessage text={agenda.error} />

      <section className="section" aria-labelledby="agenda-title">
        <h2 id="agenda-title" tabIndex={-1}>
          Agenda
        </h2>
        {editable ? <NotAllowed permission={mayArrange.allowed ? mayPrepare : mayArrange} /> : null}
        <p className="agenda__totals" aria-live="polite">
          {detail.items.length} {detail.items.length === 1 ? 'item' : 'items'}, {plan.totalMinutes} minutes of {plan.sessionMinutes}; ends at {plan.endsAt}.
        </p>
        {plan.overrunMinutes > 0 ? (
          <div className="warning-box" role="alert">
            The agenda runs {plan.overrunMinutes} {plan.overrunMinutes === 1 ? 'minute' : 'minutes'} past the end of the meeting ({m.endTime}). Shorten some slots or move a child to
            another date.
          </div>
        ) : null}
        {detail.items.length === 0 ? (
          <p className="empty">No children are on this agenda yet. Add them from the list of children due, or search below.</p>
        ) : (
          <table className="table agenda">
            <caption className="visually-hidden">
              Agenda of {m.typeName} on {formatUkDate(m.date)}
            </caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Time</th>
                <th scope="col">Child</th>
                <th scope="col">Reason</th>
                <th scope="col">Presenter</th>
                <th scope="col">Minutes</th>
                <th scope="col">
                  <span className="visually-hidden">Order and changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.items.map((item) => (
                <AgendaItemRow key={item.id} item={item} count={detail.items.length} people={people.data ?? []} agenda={agenda} lgp={lgp} editable={arrangeable} preparable={preparable} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {preparable && m.form !== 'cpm' ? (
        <>
          <SuggestionsPanel detail={detail} agenda={agenda} />
          <AddChildPanel detail={detail} agenda={agenda} />
        </>
      ) : null}
    </section>
  );
}
