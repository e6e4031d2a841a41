import { Fragment, useState } from 'react';
import { addDaysIso, addMonthsIso, formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { formatWeekdayUkDate } from '../../../../shared/domain/long-date';
import type { RotaOccurrence } from '../../../../shared/schemas/series';
import { saveWordFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { navigate } from '../../routing';
import { DateChangeForm } from './DateChangeForm';
import { NotAllowed, useMay } from '../../team-mode';
import { ExtraMeetingForm } from './ExtraMeetingForm';
import { describeSeries, occurrenceNote } from './rota-words';
import { SeriesList } from './SeriesList';

export function RotaPage({ seriesId }: { seriesId?: number }) {
  return seriesId === undefined ? <SeriesList /> : <SeriesRota seriesId={seriesId} />;
}

/** A year at a time, from the first of this month: what business support plan against. */
function yearFrom(start: string) {
  return { from: start, to: addDaysIso(addMonthsIso(start, 12), -1) };
}

function SeriesRota({ seriesId }: { seriesId: number }) {
  const [start, setStart] = useState(() => `${todayIso().slice(0, 8)}01`);
  const period = yearFrom(start);
  const rota = useProcedure('rota.view', { seriesId, ...period });
  const teams = useProcedure('teams.list', { includeArchived: true });
  const [editing, setEditing] = useState<string>();
  const [addingExtra, setAddingExtra] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const preparing = useMutation({ fallback: 'The agenda could not be prepared.' });
  // With a team store an administrator changes the series and its dates; the coordinator prepares agendas (as the database grants).
  const setUp = useMay('setUp');
  const mayPrepare = useMay('prepareAgendas');
  const exporting = useMutation({ fallback: 'The rota could not be exported.' });

  if (rota.error && !rota.data) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{rota.error.code === 'NOT_FOUND' ? 'Series not found' : 'The rota could not be shown'}</h1>
        <p>{rota.error.message}</p>
        <a href="#/rota">Back to all series</a>
      </section>
    );
  }
  if (!rota.data || !teams.data) return <p aria-live="polite">Loading…</p>;
  const { series, occurrences, unmatched } = rota.data;
  const today = todayIso();

  const done = (message: string) => {
    setEditing(undefined);
    setAddingExtra(false);
    setError(undefined);
    setNotice(message);
    rota.reload();
  };

  async function prepare(o: RotaOccurrence) {
    setError(undefined);
    const sent = await preparing.run('meetings.prepare', { seriesId, key: o.key });
    if (sent.ok) navigate(`/meetings/${sent.value.meeting.id}`);
    else setError(sent.error.message);
  }

  async function exportWord() {
    setError(undefined);
    const sent = await exporting.run('rota.exportDocx', { seriesId, ...period });
    if (!sent.ok) return setError(sent.error.message);
    saveWordFile(sent.value);
    setNotice('The rota has been exported to Word.');
  }

  return (
    <section aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href="#/rota">All series</a>
      </nav>
      <div className="page-head">
        <h1 id="page-title">{series.name}</h1>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportWord()}>
            Export rota to Word
          </button>
          {setUp.allowed ? (
            <a className="button button-link button--secondary" href={`#/rota/${series.id}/edit`}>
              Edit series
            </a>
          ) : null}
        </div>
      </div>
      <p className="lead">
        {series.typeName}. {describeSeries(series)}
        {series.venue ? `, ${series.venue}` : ''}. {series.chairName ? `Chair: ${series.chairName}. ` : ''}
        {series.rotation.length > 0 ? `Teams in turn: ${series.rotation.map((r) => r.teamName).join(', then ')}.` : 'No rota of teams.'}
      </p>
      <NotAllowed permission={setUp} />
      <NotAllowed permission={mayPrepare} />
      <Notice text={notice} />
      <ErrorMessage text={error} />
      {unmatched.length > 0 ? (
        <div className="warning-box" role="note">
          {unmatched.length === 1 ? 'One one-off change no longer matches' : `${unmatched.length} one-off changes no longer match`} a date of this series since it was edited (
          {unmatched.map((u) => formatUkDate(u.patternDate)).join(', ')}). They have no effect.
        </div>
      ) : null}
      <div className="toolbar">
        <button type="button" className="button button--secondary" onClick={() => setStart(addMonthsIso(start, -12))}>
          Previous 12 months
        </button>
        <p className="rota__period" aria-live="polite">
          {formatUkDate(period.from)} to {formatUkDate(period.to)}
        </p>
        <button type="button" className="button button--secondary" onClick={() => setStart(addMonthsIso(start, 12))}>
          Next 12 months
        </button>
        {addingExtra || !setUp.allowed ? null : (
          <button id="add-extra" type="button" className="button button--secondary" onClick={() => setAddingExtra(true)}>
            Add an extra meeting
          </button>
        )}
      </div>
      {addingExtra ? <ExtraMeetingForm seriesId={series.id} teams={teams.data} onDone={done} onCancel={() => setAddingExtra(false)} /> : null}
      <table className="table rota">
        <caption className="visually-hidden">Dates of {series.name}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Team attending</th>
            <th scope="col">Agenda</th>
            <th scope="col">Notes</th>
            <th scope="col">
              <span className="visually-hidden">Changes</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {occurrences.map((o) => {
            const held = o.status === 'scheduled';
            // A meeting that has started is part of the record: its date and team no longer change.
            const happened = o.meetingStatus !== null && o.meetingStatus !== 'planned';
            const changeId = `change-${o.key.replace(':', '-')}`;
            return (
              <Fragment key={o.key}>
                <tr className={held ? (o.date < today ? 'rota__row--past' : undefined) : 'rota__row--off'}>
                  <th scope="row">{formatWeekdayUkDate(o.date)}</th>
                  <td>{held ? (o.teamName ?? 'All teams') : '—'}</td>
                  <td>
                    {o.meetingId !== null ? (
                      <a href={`#/meetings/${o.meetingId}`}>
                        {happened ? 'Minutes' : 'Agenda'}: {o.itemCount} {o.itemCount === 1 ? 'item' : 'items'}
                      </a>
                    ) : held && mayPrepare.allowed ? (
                      <button type="button" className="button button--small" disabled={preparing.pending} onClick={() => void prepare(o)} aria-label={`Prepare the agenda for ${formatWeekdayUkDate(o.date)}`}>
                        Prepare agenda
                      </button>
                    ) : null}
                  </td>
                  <td>{occurrenceNote(o)}</td>
                  <td className="table__actions">
                    {happened ? (
                      <span className="tag tag--grey">{o.meetingStatus === 'in_progress' ? 'In progress' : 'Held'}</span>
                    ) : setUp.allowed && (o.patternDate !== null || o.change === 'extra') ? (
                      <button
                        id={changeId}
                        type="button"
                        className="button button--small button--secondary"
                        aria-expanded={editing === o.key}
                        aria-label={`Change ${formatWeekdayUkDate(o.date)}`}
                        onClick={() => setEditing(editing === o.key ? undefined : o.key)}
                      >
                        Change
                      </button>
                    ) : null}
                  </td>
                </tr>
                {editing === o.key ? (
                  <tr>
                    <td colSpan={5}>
                      <DateChangeForm seriesId={series.id} occurrence={o} teams={teams.data ?? []} returnFocusTo={changeId} onDone={done} onCancel={() => setEditing(undefined)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {occurrences.length === 0 ? <p className="empty">No meetings in this period.</p> : null}
    </section>
  );
}
