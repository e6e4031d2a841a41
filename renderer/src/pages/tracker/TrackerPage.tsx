import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TrackerSort } from '../../../../shared/schemas/tracker';
import { saveFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { usePagedTracker } from './use-paged-tracker';
import { Notice } from '../../components/Notice';
import { NO_FILTERS, TrackerFilters, type Filters } from './TrackerFilters';
import { rowDetails, TrackerRowView } from './TrackerRowView';
import { useTrackerView } from './tracker-view';
import { useDebounced } from './use-debounced';
import { useAfterFirstPaint } from '../../components/after-paint';
import { FigureFilterBanner, useFigureFilter } from './FigureFilterBanner';

const COLUMNS: { label: string; sort?: TrackerSort }[] = [
  { label: 'Child', sort: 'name' },
  { label: 'Team and social worker', sort: 'team' },
  { label: 'Legal status' },
  { label: 'Proceedings', sort: 'week26' },
  { label: 'Permanence plan' },
  { label: 'RAG, trend and reason', sort: 'rag' },
  { label: 'Last discussed', sort: 'lastDiscussed' },
  { label: 'Next due and why', sort: 'nextDue' },
];

/** A row's height before it is measured (px), detailed and compact. */
const ROW_ESTIMATE = { detailed: 76, compact: 30 };

export function TrackerPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<{ by: TrackerSort; descending: boolean }>({ by: 'priority', descending: false });
  const [notice, setNotice] = useState<string>();
  const search = useDebounced(filters.search, 200);
  const figure = useFigureFilter();
  const query = { ...filters, search, sort: sort.by, descending: sort.descending, ...(figure ? { figure: figure.filter } : {}) };
  const tracker = usePagedTracker(query);
  const teams = useProcedure('teams.list', {});
  const exporting = useMutation({ fallback: 'The export failed.' });
  const count = tracker.counts?.matched ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number>();
  const [view, setView] = useTrackerView();
  const compact = view === 'compact';
  const estimate = ROW_ESTIMATE[view];
  // The child with the keyboard: in the compact view, their details are shown below the list.
  const [focusedRow, setFocusedRow] = useState<number>();

  const virtualizing = useAfterFirstPaint();
  // The app does not use the React Compiler, so its warning about memoising this hook does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, enabled: virtualizing, getScrollElement: () => scrollRef.current, estimateSize: () => estimate, overscan: 8 });
  // Rows change height with the view: measure them again.
  useEffect(() => {
    if (virtualizing) virtualizer.measure();
  }, [view, virtualizing, virtualizer]);
  const items = virtualizing ? virtualizer.getVirtualItems() : firstScreen(count, estimate, compact ? SHORTEST_ROW.compact : SHORTEST_ROW.detailed);
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? (virtualizing ? virtualizer.getTotalSize() : count * estimate) - items[items.length - 1]!.end : 0;
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = tracker;
  useEffect(() => {
    if (count > 0) ensureRange(firstShown, lastShown);
  }, [ensureRange, firstShown, lastShown, count]);

  // After the arrow keys move to a child not yet on screen, focus it once its row is drawn (scrolled to, and its page loaded).
  useEffect(() => {
    if (focusIndex === undefined) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${focusIndex}"]`);
    if (el) {
      el.focus();
      setFocusIndex(undefined);
    }
  }, [focusIndex, firstShown, lastShown, tracker.loadedPages]);

  /** Arrow keys move between children even when the next one is not yet on screen. */
  function onRowKey(event: React.KeyboardEvent) {
    const target = event.target as HTMLElement;
    const at = target.dataset.row;
    if (at === undefined) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | undefined;
    if (event.key in moves) next = Number(at) + moves[event.key]!;
    if (event.key === 'Home' && event.ctrlKey) next = 0;
    if (event.key === 'End' && event.ctrlKey) next = count - 1;
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(count - 1, next));
    virtualizer.scrollToIndex(index, { align: 'auto' });
    setFocusIndex(index);
  }

  function sortBy(column: TrackerSort) {
    setSort((s) => (s.by === column ? { by: column, descending: !s.descending } : { by: column, descending: false }));
  }

  async function exportCsv() {
    const sent = await exporting.run('tracker.exportCsv', query);
    if (!sent.ok) return setNotice(sent.error.message);
    saveFile(sent.value.fileName, sent.value.csv, 'text/csv;charset=utf-8');
    setNotice(`Exported ${count} children to “${sent.value.fileName}”.`);
  }

  return (
    <section aria-labelledby="page-title" className={`tracker${compact ? ' tracker--compact' : ''}`}>
      <div className="page-head">
        <h1 id="page-title">Permanence Tracker</h1>
        <div className="button-row button-row--tight">
          <a className="button button--secondary button-link" href="#/children/new">
            Add a child
          </a>
          <button type="button" className="button button--secondary" onClick={() => void exportCsv()} disabled={count === 0}>
            Export to CSV
          </button>
        </div>
      </div>
      {figure ? <FigureFilterBanner about={figure.about} figuresHref={figuresHref(figure.filter)} /> : null}
      <TrackerFilters filters={filters} teams={teams.data ?? []} onChange={setFilters} />
      <div className="tracker__summary">
        <p aria-live="polite" id="tracker-count">
          {tracker.counts ? (
            <>
              Showing <strong>{tracker.counts.matched}</strong> of {tracker.counts.total} children · <strong>{tracker.counts.overdue}</strong> overdue · <strong>{tracker.counts.red}</strong> rated red
            </>
          ) : (
            'Loading…'
          )}
        </p>
        <div className="button-row button-row--tight" role="group" aria-label="Rows">
          <button type="button" className="button button--secondary button--small" aria-pressed={compact} onClick={() => setView('compact')}>
            Compact rows
          </button>
          <button type="button" className="button button--secondary button--small" aria-pressed={!compact} onClick={() => setView('detailed')}>
            Detailed rows
          </button>
        </div>
        {/* Always there, so pressing it never leaves the keyboard nowhere. */}
        <button type="button" className="button button--secondary button--small" aria-pressed={sort.by === 'priority'} onClick={() => setSort({ by: 'priority', descending: false })}>
          Priority order: overdue and red first
        </button>
      </div>
      <Notice text={notice} />
      {tracker.error ? <p className="field__error">{tracker.error.message}</p> : null}
      <div className={`tracker__scroll${compact ? ' tracker__scroll--compact' : ''}`} ref={scrollRef} tabIndex={-1}>
        <table className={`table tracker__table${compact ? ' tracker__table--compact' : ''}`} aria-rowcount={count + 1} aria-describedby="tracker-count">
          <caption className="visually-hidden">Children on the Permanence Tracker. Use the up and down arrow keys to move between children.</caption>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.sort && sort.by === c.sort ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {c.sort ? (
                    <button type="button" className="sort-button" onClick={() => sortBy(c.sort!)}>
                      {c.label}
                      <span aria-hidden="true" className="sort-button__arrow">
                        {sort.by === c.sort ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            onKeyDown={onRowKey}
            onFocus={(e) => {
              const at = (e.target as HTMLElement).dataset.row;
              setFocusedRow(at === undefined ? undefined : Number(at));
            }}
            onBlur={() => setFocusedRow(undefined)}
            onMouseOver={(e) => {
              const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
              if (tr) setFocusedRow(Number(tr.dataset.index));
            }}
          >
            {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
            {items.map((item) => {
              const row = tracker.rowAt(item.index);
              if (!row) {
                return (
                  <tr key={`loading-${item.index}`} data-index={item.index} ref={virtualizing ? virtualizer.measureElement : undefined} aria-rowindex={item.index + 2} className="tracker__row">
                    <td colSpan={COLUMNS.length} className="muted">
                      Loading…
                    </td>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.childId}
                  data-index={item.index}
                  ref={virtualizing ? virtualizer.measureElement : undefined}
                  aria-rowindex={item.index + 2}
                  className={row.overdue ? 'tracker__row tracker__row--overdue' : 'tracker__row'}
                  title={compact ? rowDetails(row) : undefined}
                >
                  <TrackerRowView row={row} index={item.index} compact={compact} />
                </tr>
              );
            })}
            {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
          </tbody>
        </table>
        {tracker.counts && count === 0 ? (
          <p className="empty">{tracker.counts.total === 0 ? 'No children yet. Add a child or import them from a CSV file.' : 'No children match these filters.'}</p>
        ) : null}
      </div>
      {compact ? <TrackerDetails text={focusedRow === undefined ? undefined : tracker.rowAt(focusedRow)} /> : null}
    </section>
  );
}

/** Below the compact list: the details of the child with the keyboard (a screen reader already reads them from the row's cells). */
function TrackerDetails({ text }: { text: Parameters<typeof rowDetails>[0] | undefined }) {
  return (
    <p className="tracker__details" aria-hidden="true">
      {text ? rowDetails(text) : 'Move to a child (or point at one) to see their details here; their page has the full story.'}
    </p>
  );
}

// The first paint draws the first screenful of rows as they are, with a spacer below for the
// scroll bar; the virtual list takes over straight after. Starting it before that paint would
// lay the whole table out two or three times (reading its size, its scroll position and every
// row's height) before anything is shown.
/** Enough rows to fill the window however short they are; the same keys the virtual list will use, so nothing is drawn twice. */
function firstScreen(count: number, estimate: number, shortest: number): { index: number; start: number; end: number }[] {
  const rows = Math.min(count, Math.ceil(window.innerHeight / shortest));
  return Array.from({ length: rows }, (_, index) => ({ index, start: index * estimate, end: (index + 1) * estimate }));
}

/** The shortest a tracker row can be (px): two lines of text and padding, or one in the compact view. */
const SHORTEST_ROW = { detailed: 56, compact: 26 };

function figuresHref(filter: { from: string; to: string; teamId: number | null }): string {
  return `#/figures?from=${filter.from}&to=${filter.to}${filter.teamId === null ? '' : `&team=${filter.teamId}`}`;
}
