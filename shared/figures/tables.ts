import { formatUkDate } from '../domain/dates';
import type { FiguresResult } from '../schemas/figures';
import { driftLabel, RED_DRIFT_MONTHS, FIGURE_TABLE_IDS, type FigureTableId, OUTCOME_LABELS, planLabel, statusLabel, TIMELINESS_OUTCOMES, timelinessLabel, weeksBands } from './definitions';
import type { LegalStatus, PermanenceOption } from '../domain/vocabulary';

/**
 * The figures as tables: what the page shows beside each chart, what each CSV holds and
 * what the Word report prints under each chart. One builder for all three, so the numbers
 * a Head of Service reads on screen, in the spreadsheet and in the report are the same.
 */

/** One cell: a number (with the figure part whose children it counts, if any) or words. */
export interface FigureCell {
  text: string;
  /** The part of the figures this number counts: the tracker filtered to its children. */
  part?: string;
}

export interface FigureTable {
  id: FigureTableId;
  title: string;
  /** One sentence saying what is counted and how, for the page and the report. */
  note: string;
  columns: string[];
  rows: { label: string; cells: FigureCell[] }[];
}

const num = (n: number, part?: string): FigureCell => (part === undefined ? { text: String(n) } : { text: String(n), part });

/** "80% (8 of 10)", or a dash when there is nothing to divide by. */
export function percentOf(n: number, of: number): string {
  return of === 0 ? '–' : `${Math.round((100 * n) / of)}% (${n} of ${of})`;
}

/** "April 2026" for '2026-04'. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function figureTables(r: FiguresResult): FigureTable[] {
  const start = `At ${formatUkDate(r.period.from)}`;
  const now = `Now (${formatUkDate(r.period.today)})`;
  const bands = weeksBands(r.rules.week26Weeks);
  const t = r.rules.week26Weeks;
  const byId: Record<FigureTableId, FigureTable> = {
    plans: {
      id: 'plans',
      title: 'Children in care by permanence plan',
      note: 'The primary plan of each child in care, at the start of the period (from the plans as recorded then) and now.',
      columns: ['Permanence plan', start, now],
      rows: r.inCare.plans.map((p) => ({
        label: planLabel(p.key as PermanenceOption | 'none'),
        cells: [num(p.start, `inCare/start/plan/${p.key}`), num(p.now, `inCare/now/plan/${p.key}`)],
      })),
    },
    statuses: {
      id: 'statuses',
      title: 'Children by legal status',
      note: 'Children in care by legal status, and those in pre-proceedings, at the start of the period and now.',
      columns: ['Legal status', start, now],
      rows: r.inCare.statuses.map((s) => ({
        label: statusLabel(s.key as LegalStatus),
        cells: [num(s.start, `inCare/start/status/${s.key}`), num(s.now, `inCare/now/status/${s.key}`)],
      })),
    },
    proceedings: {
      id: 'proceedings',
      title: `Weeks in care proceedings against the ${t}-week timescale`,
      note: `Open proceedings by weeks since issue today; proceedings concluded in the period, within ${t} weeks or over, with the median.`,
      columns: ['Proceedings', 'Children'],
      rows: [
        ...bands.map((b, i) => ({ label: `Open: ${b.label}${b.over ? ` (past ${t})` : ''}`, cells: [num(r.proceedings.open[i]?.n ?? 0, `proceedings/open/${b.key}`)] })),
        { label: `Concluded in the period within ${t} weeks`, cells: [num(r.proceedings.concluded.within, 'proceedings/concluded/within')] },
        { label: `Concluded in the period over ${t} weeks`, cells: [num(r.proceedings.concluded.over, 'proceedings/concluded/over')] },
        { label: 'Median weeks to conclude', cells: [{ text: r.proceedings.concluded.medianWeeks === null ? '–' : String(r.proceedings.concluded.medianWeeks) }] },
      ],
    },
    timeliness: {
      id: 'timeliness',
      title: 'Timeliness of reviews',
      note: 'Each review that fell due in the period or was held in it, against the council’s review rules. Not held: due before the end of the period and not held by then.',
      columns: ['Review', ...TIMELINESS_OUTCOMES.map((o) => OUTCOME_LABELS[o]), 'On time'],
      rows: r.timeliness.map((m) => ({
        label: timelinessLabel(m.measure, r.rules.cpmWeeks),
        cells: [...TIMELINESS_OUTCOMES.map((o) => num(m[o], `timeliness/${m.measure}/${o}`)), { text: percentOf(m.onTime, m.onTime + m.late + m.notHeld), part: `timeliness/${m.measure}` }],
      })),
    },
    rag: {
      id: 'rag',
      title: 'RAG ratings month by month',
      note: 'Each child’s latest rating at the end of each month (or at the end of the period).',
      columns: ['Month', 'Red', 'Amber', 'Green'],
      rows: r.rag.map((m) => ({
        label: monthLabel(m.month),
        cells: [num(m.red, `rag/${m.month}/red`), num(m.amber, `rag/${m.month}/amber`), num(m.green, `rag/${m.month}/green`)],
      })),
    },
    drift: {
      id: 'drift',
      title: 'Drift',
      note: `Children flagged today by the review rules, and children rated red, with no better rating since, for more than ${RED_DRIFT_MONTHS} months.`,
      columns: ['Flag', 'Children'],
      rows: r.drift.map((d) => ({ label: driftLabel(d.key, r.rules.s20Years), cells: [num(d.n, `drift/${d.key}`)] })),
    },
    actionsByTeam: actionTable('actionsByTeam', 'Actions by team', 'Team', 'team', r.actions.teams),
    actionsByOwner: actionTable('actionsByOwner', 'Actions by owner', 'Owner', 'owner', r.actions.owners),
  };
  return FIGURE_TABLE_IDS.map((id) => byId[id]);
}

function actionTable(id: FigureTableId, title: string, first: string, by: string, groups: FiguresResult['actions']['teams']): FigureTable {
  return {
    id,
    title,
    note: 'Actions open now (and of those, past their due date), and actions completed in the period with the Impact RAG recorded on completion.',
    columns: [first, 'Open', 'Overdue', 'Completed in the period', 'Impact green', 'Impact amber', 'Impact red', 'Impact not recorded'],
    rows: groups.map((g) => {
      const base = `actions/${by}/${g.key}`;
      return {
        label: g.label,
        cells: [
          num(g.open, `${base}/open`),
          num(g.overdue, `${base}/open/overdue`),
          num(g.completed, `${base}/completed`),
          num(g.impact.green, `${base}/completed/green`),
          num(g.impact.amber, `${base}/completed/amber`),
          num(g.impact.red, `${base}/completed/red`),
          num(g.impact.none, `${base}/completed/none`),
        ],
      };
    }),
  };
}
