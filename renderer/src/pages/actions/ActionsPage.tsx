import { Fragment, useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { ActionRow } from '../../../../shared/schemas/actions';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { NotAllowed, useMay } from '../../team-mode';
import { useDebounced } from '../tracker/use-debounced';
import { filtersFromQuery, filtersToQuery, isFiltered, listQuery, NO_ACTION_FILTERS, type ActionFilterValues } from './action-filters';
import { shortText } from './action-words';
import { ActionFilters } from './ActionFilters';
import { ActionHistory } from './ActionHistory';
import { ActionRowView, rowButtonId, type PanelMode } from './ActionRowView';
import { CompleteForm } from './CompleteForm';
import { ExportButtons } from './ExportButtons';
import { useHashQuery } from './hash-query';
import { ProgressForm } from './ProgressForm';
import { PageButtons, rangeSentence } from './PageButtons';
import { useActionList } from './use-action-list';
import { useFocusAfterRender } from './use-focus-after-render';
import './actions.css';

/** As many rows as the core sends by default: enough to scan, few enough to draw at once (150,000 exist in a large council). */
export const PAGE_SIZE = 200;
const COLUMN_COUNT = 8;

/** The permanence coordinator's list of every action agreed at any meeting, to chase between panels. */
export function ActionsPage() {
  const [hashQuery, setHashQuery, linkedTo] = useHashQuery();
  const filters = filtersFromQuery(hashQuery);
  const [clearCount, setClearCount] = useState(0);
  const ownerName = useDebounced(filters.ownerName, 250);
  const filterKey = JSON.stringify({ ...filters, ownerName });
  // Any change of filter goes back to the first page.
  const [paging, setPaging] = useState({ filterKey, offset: 0 });
  const offset = paging.filterKey === filterKey ? paging.offset : 0;
  const list = useActionList(listQuery(filters, ownerName, offset, PAGE_SIZE));
  const people = useProcedure('people.list', {});
  const teams = useProcedure('teams.list', {});
  const [open, setOpen] = useState<{ id: number; mode: PanelMode }>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [reopening, setReopening] = useState<number>();
  // Actions are kept by the permanence coordinator, a chair or a minute-taker (as the team store grants); others read them.
  const keepActions = useMay('keepActions');
  const reopenAction = useMutation({ fallback: 'The action could not be reopened. Please try again.' });
  const today = list.today ?? todayIso();
  const focusAfterRender = useFocusAfterRender();

  function setFilters(next: ActionFilterValues) {
    setOpen(undefined);
    setHashQuery(filtersToQuery(next));
  }

  function openPanel(row: ActionRow, mode: PanelMode) {
    setNotice(undefined);
    setError(undefined);
    // A second press of the same button closes what it opened.
    setOpen((o) => (o?.id === row.id && o.mode === mode ? undefined : { id: row.id, mode }));
  }

  function closePanel(row: ActionRow, mode: PanelMode) {
    setOpen(undefined);
    focusAfterRender(rowButtonId(mode, row.id));
  }

  function changed(updated: ActionRow, message: string, focusIds: string[]) {
    list.replace(updated);
    setOpen(undefined);
    setNotice(message);
    focusAfterRender(...focusIds);
  }

  async function reopen(row: ActionRow) {
    setNotice(undefined);
    setError(undefined);
    setReopening(row.id);
    const sent = await reopenAction.run('actions.reopen', { id: row.id });
    if (sent.ok) changed(sent.value, `“${shortText(row.text)}” reopened.`, [rowButtonId('update', row.id), rowButtonId('history', row.id)]);
    else setError(sent.error.message);
    setReopening(undefined);
  }

  function goTo(nextOffset: number, focusIds: string[]) {
    setOpen(undefined);
    setPaging({ filterKey, offset: nextOffset });
    focusAfterRender(...focusIds);
  }

  const filtered = isFiltered({ ...filters, status: 'open' });
  return (
    <section aria-labelledby="page-title" className="actions">
      <div className="page-head">
        <h1 id="page-title">Actions</h1>
        {/* The filters as typed, not as debounced: a quick press after typing exports what the box says. Paging is ignored by the core. */}
        <ExportButtons query={listQuery(filters, filters.ownerName, 0, PAGE_SIZE)} onNotice={setNotice} onError={setError} />
      </div>
      <p className="lead">Every action agreed at a meeting, soonest due first. Note progress, mark actions done and see what has happened to each.</p>
      <ActionFilters
        filters={filters}
        people={people.data ?? []}
        teams={teams.data ?? []}
        generation={clearCount + linkedTo}
        onChange={setFilters}
        onClear={() => {
          setFilters(NO_ACTION_FILTERS);
          setClearCount((n) => n + 1);
        }}
      />
      <NotAllowed permission={keepActions} />
      <Notice text={notice} />
      <ErrorMessage text={error} />
      {list.error ? (
        <p className="field__error" role="alert">
          The actions could not be loaded: {list.error.message}
        </p>
      ) : null}
      <div className="tracker__summary">
        <p id="actions-count" aria-live="polite">
          {list.total === undefined ? (list.error ? '' : 'Loading…') : rangeSentence(list.offset, list.rows.length, list.total, filtered, filters.status)}
        </p>
        <PageButtons offset={offset} total={list.total ?? 0} pageSize={PAGE_SIZE} onGo={goTo} />
      </div>
      {list.rows.length === 0 ? null : (
        <table className="table actions__table" aria-describedby="actions-count">
          <caption className="visually-hidden">Actions, soonest due first</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Child</th>
              <th scope="col">From meeting</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Progress, impact and last note</th>
              <th scope="col">
                <span className="visually-hidden">What you can do</span>
              </th>
            </tr>
          </thead>
          {/* Escape closes whatever is open under a row (a form or the history), from the form or the row's buttons. */}
          <tbody
            onKeyDown={(e) => {
              const row = open && list.rows.find((r) => r.id === open.id);
              if (e.key === 'Escape' && row && open) closePanel(row, open.mode);
            }}
          >
            {list.rows.map((row) => {
              const mode = open?.id === row.id ? open.mode : undefined;
              return (
                <Fragment key={row.id}>
                  <tr className={mode ? 'actions__row actions__row--open' : 'actions__row'}>
                    <ActionRowView row={row} today={today} open={mode} busy={reopening === row.id} mayChange={keepActions.allowed} onOpen={(m) => openPanel(row, m)} onReopen={() => void reopen(row)} />
                  </tr>
                  {mode ? (
                    <tr className="actions__panel-row">
                      <td colSpan={COLUMN_COUNT}>
                        {mode === 'update' ? (
                          <ProgressForm
                            row={row}
                            onCancel={() => closePanel(row, 'update')}
                            onSaved={(u) => changed(u, `Progress noted on “${shortText(row.text)}”.`, [rowButtonId('update', row.id)])}
                          />
                        ) : mode === 'complete' ? (
                          <CompleteForm
                            row={row}
                            today={today}
                            onCancel={() => closePanel(row, 'complete')}
                            onSaved={(u) => changed(u, `“${shortText(row.text)}” marked done on ${formatUkDate(u.completedOn)}.`, [rowButtonId('reopen', row.id), rowButtonId('history', row.id)])}
                          />
                        ) : (
                          <ActionHistory row={row} onClose={() => closePanel(row, 'history')} />
                        )}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
