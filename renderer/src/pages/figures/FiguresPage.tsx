import { useMemo, useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import { plusDays, plusMonths } from '../../../../shared/domain/day-numbers';
import { figureTables, type FigureTable } from '../../../../shared/figures/tables';
import { saveFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { TeamFilter } from '../../components/TeamFilter';
import { useHashQuery } from '../actions/hash-query';
import { FigureSection } from './FigureSection';
import { ReportButton } from './ReportButton';
import './figures.css';

/** The twelve months to today: a year of monthly ratings, and the window a performance meeting looks back over. */
function lastYear(today: string) {
  return { from: plusDays(plusMonths(today, -12), 1), to: today };
}

/** The last full quarter of the financial year (April to June, July to September...). */
function lastQuarter(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const quarterStartMonth = m - ((m - 4 + 12) % 3);
  const thisQuarter = `${quarterStartMonth <= 0 ? y - 1 : y}-${String(((quarterStartMonth + 11) % 12) + 1).padStart(2, '0')}-01`;
  const from = plusMonths(thisQuarter, -3);
  return { from, to: plusDays(thisQuarter, -1) };
}

/** The financial year so far (from 1 April). */
function yearToDate(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: `${m >= 4 ? y : y - 1}-04-01`, to: today };
}

/**
 * The management figures for the quarterly performance meeting: for a period and a team,
 * each figure as a chart with its table beside it, every number a way to the children
 * behind it, each table as CSV and the whole as a Word report.
 */
export function FiguresPage() {
  const today = todayIso();
  const [query, setQuery, external] = useHashQuery();
  const params = new URLSearchParams(query);
  const fallback = lastYear(today);
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const teamParam = params.get('team');
  const teamId = teamParam ? Number(teamParam) : null;
  // The dates as typed, until shown: undefined while a field's text is not a date.
  const [draft, setDraft] = useState<{ from: string | undefined; to: string | undefined }>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const teams = useProcedure('teams.list', {});
  const period = { from, to, teamId };
  const figures = useProcedure('figures.get', period);
  const exporter = useMutation({ fallback: 'The table could not be exported. Please try again.' });
  const tables = useMemo(() => (figures.data ? figureTables(figures.data) : []), [figures.data]);

  function choose(next: { from?: string; to?: string; teamId?: number | null }) {
    const q = new URLSearchParams({ from: next.from ?? from, to: next.to ?? to });
    const team = next.teamId === undefined ? teamId : next.teamId;
    if (team !== null) q.set('team', String(team));
    setQuery(q);
  }

  async function exportCsv(table: FigureTable) {
    setError(undefined);
    const sent = await exporter.run('figures.exportCsv', { ...period, table: table.id });
    if (!sent.ok) {
      setError(sent.error.message);
      return;
    }
    saveFile(sent.value.fileName, sent.value.csv, 'text/csv;charset=utf-8');
    setNotice(`“${table.title}” has been exported to CSV as “${sent.value.fileName}”.`);
  }

  const presets = [
    { label: 'Last 12 months', ...lastYear(today) },
    { label: 'Last full quarter', ...lastQuarter(today) },
    { label: 'Financial year to date', ...yearToDate(today) },
  ];
  function showTyped() {
    const next = draft ?? { from, to };
    if (!next.from || !next.to) {
      setError('Enter both dates of the period the UK way, like 01/04/2026.');
      return;
    }
    setError(undefined);
    setDraft(undefined);
    choose({ from: next.from, to: next.to });
  }

  return (
    <section aria-labelledby="page-title" className="figures">
      <div className="page-head">
        <h1 id="page-title">
          Figures
          <span className="page-head__sub">
            {figures.data ? `${figures.data.period.teamName ?? 'All teams'}, ${formatPeriod(figures.data.period.from, figures.data.period.to)}` : 'Drift and delay at a glance'}
          </span>
        </h1>
        <ReportButton period={period} onNotice={setNotice} onError={setError} />
      </div>
      <form
        className="filters figures__filters"
        aria-label="Period and team"
        onSubmit={(e) => {
          e.preventDefault();
          showTyped();
        }}
      >
        <DateField key={`from-${from}-${external}`} id="figures-from" label="From" value={from} onChange={(v) => setDraft((d) => ({ to: d ? d.to : to, from: v || undefined }))} />
        <DateField key={`to-${to}-${external}`} id="figures-to" label="To" value={to} onChange={(v) => setDraft((d) => ({ from: d ? d.from : from, to: v || undefined }))} />
        <button type="submit" className="button button--secondary">
          Show figures
        </button>
        <TeamFilter id="figures-team" teams={teams.data ?? []} value={teamId} onChange={(id) => choose({ teamId: id })} />
        <div className="button-row button-row--tight" role="group" aria-label="Periods">
          {presets.map((p) => (
            <button key={p.label} type="button" className="button button--secondary button--small" aria-pressed={p.from === from && p.to === to} onClick={() => {
                setDraft(undefined);
                choose(p);
              }}
            >
              {p.label}
            </button>
          ))}
        </div>
      </form>
      <Notice text={notice} />
      <ErrorMessage text={error} />
      {figures.error ? <ErrorMessage text={figures.error.message} /> : null}
      {!figures.data && !figures.error ? <p aria-live="polite">Counting…</p> : null}
      {figures.data && !figures.error ? (
        <div className="figures__list" aria-busy={figures.loading}>
          {tables.map((t) => (
            <FigureSection key={t.id} table={t} period={period} onCsv={(table) => void exportCsv(table)} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

function formatPeriod(from: string, to: string): string {
  const uk = (iso: string) => iso.split('-').reverse().join('/');
  return `${uk(from)} to ${uk(to)}`;
}
