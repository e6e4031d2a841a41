import { useState } from 'react';
import { useProcedure } from '../../api/use-procedure';
import { Checkbox } from '../../components/fields';
import { StatusTag } from '../../components/StatusTag';
import { NotAllowed, useMay } from '../../team-mode';
import { describeSeries } from './rota-words';
import { UnplacedChildren } from './UnplacedChildren';

/** Every series, for choosing which rota to open. */
export function SeriesList() {
  const [showArchived, setShowArchived] = useState(false);
  const series = useProcedure('series.list', { includeArchived: showArchived });
  // Series are set up by an administrator (the team store grants it to them alone).
  const setUp = useMay('setUp');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Panel rota</h1>
      <p className="lead">Each series is a panel that meets regularly, with the teams taking turns. Open one to see which team attends on which date and to prepare its agendas.</p>
      <div className="toolbar">
        {setUp.allowed ? (
          <a className="button button-link" href="#/rota/new">
            New series
          </a>
        ) : (
          <NotAllowed permission={setUp} />
        )}
        <Checkbox id="show-archived-series" label="Show archived series" checked={showArchived} onChange={setShowArchived} />
      </div>
      {series.error ? <p className="field__error">{series.error.message}</p> : null}
      {series.data && series.data.length === 0 ? (
        <p className="empty">No series yet. Create one for each panel, for example the weekly Permanence Panel.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Meeting series</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">Meeting type</th>
              <th scope="col">When</th>
              <th scope="col">Rota of teams</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {(series.data ?? []).map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <a href={`#/rota/${s.id}`}>{s.name}</a>
                </th>
                <td>{s.typeName}</td>
                <td>{describeSeries(s)}</td>
                <td>{s.rotation.length > 0 ? s.rotation.map((r) => r.teamName).join(', then ') : 'All teams'}</td>
                <td>
                  <StatusTag archived={s.archived} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UnplacedChildren />
    </section>
  );
}
