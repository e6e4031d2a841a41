import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso, type IsoDate } from '../../../../shared/domain/dates';
import { plusDays, plusMonths } from '../../../../shared/domain/day-numbers';
import { DRIFT_KEYS, type FigureId, FIGURE_PLANS, FIGURE_STATUSES, figureOfPart, IMPACT_KEYS, RED_DRIFT_MONTHS, timelinessMeasures, weeksBands } from '../../../../shared/figures/definitions';
import { panelWindowsAfterIssue } from '../../../../shared/review/intervals';
import type { ActionGroup, FiguresPeriod } from '../../../../shared/schemas/figures';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { readSetting } from '../../data/tables/settings';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { childrenOfPart, childrenOfParts, countActionParts, countParts, countProceedings, countRag, earliestEntryToCare, type FigureParams } from './repository';
import { teamNamed } from '../settings/repository';

/**
 * The whole Figures page's data for a period and a team: the tracker cache brought up to
 * today first, then each figure counted in SQL (repository/, one file per figure), on either engine.
 */
export async function getFigures(ctx: ServiceContext, input: ParsedInput<'figures.get'>): Promise<ProcedureOutput<'figures.get'>> {
  const { params, teamName } = await figureParams(ctx, input);
  const [inCare, { parts: proceedings, medianWeeks: median }, timeliness, rag, drift, actionParts] = await Promise.all([
    countParts(ctx.db, 'inCare', params),
    countProceedings(ctx.db, params),
    countParts(ctx.db, 'timeliness', params),
    countRag(ctx.db, params),
    countParts(ctx.db, 'drift', params),
    countActionParts(ctx.db, params),
  ]);
  const actions = new Map(actionParts.map((r) => [r.part, r.n]));
  const labels = actionLabels(actionParts);
  const n = (m: Map<string, number>, part: string) => m.get(part) ?? 0;
  const s = params.settings;
  return {
    period: { from: params.from, to: params.to, teamId: params.teamId, teamName, today: params.today },
    rules: { cpmWeeks: s.cpmIntervalWeeks, week26Weeks: s.week26Weeks, s20Years: s.s20FlagYears, panelWeeks: panelWindowsAfterIssue(s).map((w) => w.weeks) },
    inCare: {
      plans: FIGURE_PLANS.map((key) => ({ key, start: n(inCare, `inCare/start/plan/${key}`), now: n(inCare, `inCare/now/plan/${key}`) })),
      statuses: FIGURE_STATUSES.map((key) => ({ key, start: n(inCare, `inCare/start/status/${key}`), now: n(inCare, `inCare/now/status/${key}`) })),
    },
    proceedings: {
      open: weeksBands(s.week26Weeks).map((b) => ({ key: b.key, n: n(proceedings, `proceedings/open/${b.key}`) })),
      concluded: { within: n(proceedings, 'proceedings/concluded/within'), over: n(proceedings, 'proceedings/concluded/over'), medianWeeks: median === null ? null : Math.round(median * 10) / 10 },
    },
    timeliness: timelinessMeasures(s).map(({ measure }) => ({
      measure,
      onTime: n(timeliness, `timeliness/${measure}/onTime`),
      late: n(timeliness, `timeliness/${measure}/late`),
      notHeld: n(timeliness, `timeliness/${measure}/notHeld`),
    })),
    rag: monthsOf(params.from, params.to).map((month) => ({
      month,
      red: n(rag, `rag/${month}/red`),
      amber: n(rag, `rag/${month}/amber`),
      green: n(rag, `rag/${month}/green`),
    })),
    drift: DRIFT_KEYS.map((key) => ({ key, n: n(drift, `drift/${key}`) })),
    actions: {
      teams: groups(actions, 'team', labels.teams),
      owners: groups(actions, 'owner', labels.owners),
    },
  };
}

/** The children behind one part of the figures, for the tracker filtered to them. */
export async function childrenBehind(ctx: ServiceContext, filter: { part: string; from: IsoDate; to: IsoDate; teamId: number | null }): Promise<number[]> {
  const figure = figureOfPart(filter.part);
  if (!figure) throw new AppError('INVALID_INPUT', 'That figure is not one Panelroom knows.');
  const { params } = await figureParams(ctx, filter);
  return childrenOfPart(ctx.db, figure, filter.part, params);
}

/** The children behind each of several parts of the figures, for the report's appendix: the period's rules worked out once, and each figure's members read once. */
export async function childrenBehindEach(ctx: ServiceContext, parts: readonly string[], period: FiguresPeriod): Promise<Map<string, number[]>> {
  const byFigure = new Map<FigureId, string[]>();
  for (const part of parts) {
    const figure = figureOfPart(part);
    if (!figure) throw new AppError('INVALID_INPUT', 'That figure is not one Panelroom knows.');
    byFigure.set(figure, [...(byFigure.get(figure) ?? []), part]);
  }
  const behind = new Map<string, number[]>();
  if (byFigure.size === 0) return behind;
  const { params } = await figureParams(ctx, period);
  // Each figure's members read side by side (on PostgreSQL, each on a connection of its own).
  const read = await Promise.all([...byFigure].map(([figure, ofFigure]) => childrenOfParts(ctx.db, figure, ofFigure, params)));
  for (const ofFigure of read) for (const [part, ids] of ofFigure) behind.set(part, ids);
  return behind;
}

/** Everything the SQL needs, after checking the team exists: an unknown team is refused in words. */
export async function figureParams(ctx: ServiceContext, period: FiguresPeriod): Promise<{ params: FigureParams; teamName: string | null }> {
  let teamName: string | null = null;
  if (period.teamId !== null) {
    const team = await teamNamed(ctx.db, period.teamId);
    if (!team) throw new AppError('NOT_FOUND', 'That team is not in Panelroom: it may have been removed. Choose a team from the list, or all teams.', { teamId: 'Choose a team from the list.' });
    teamName = team.name;
  }
  const today = todayIso(ctx.now());
  await bringTrackingUpToDate(ctx.db, today);
  const settings = await readSetting(ctx.db, 'review');
  const first = (await earliestEntryToCare(ctx.db)) ?? period.from;
  const recordedSpan = { from: plusDays(first < period.from ? first : period.from, -7), to: plusDays(period.to > today ? period.to : today, 60) };
  return {
    params: { from: period.from, to: period.to, today, teamId: period.teamId, settings, recordedSpan, redSince: plusMonths(today, -RED_DRIFT_MONTHS) },
    teamName,
  };
}

/** The months a period touches, as YYYY-MM. */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = plusMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

/** Each team's (or owner's) actions: open (of which overdue), completed in the period, and the impact recorded on those completed. */
function groups(counts: Map<string, number>, by: 'team' | 'owner', labels: Map<string, string>): ActionGroup[] {
  const n = (key: string, rest: string) => counts.get(`actions/${by}/${key}/${rest}`) ?? 0;
  const rows = [...labels].map(([key, label]) => {
    const impact = Object.fromEntries(IMPACT_KEYS.map((k) => [k, n(key, `completed/${k}`)])) as ActionGroup['impact'];
    const completed = IMPACT_KEYS.reduce((sum, k) => sum + impact[k], 0);
    const overdue = n(key, 'open/overdue');
    return { key, label, open: overdue + n(key, 'open/notDue'), overdue, completed, impact };
  });
  return rows.filter((r) => r.open + r.completed > 0).sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.label.localeCompare(b.label, 'en-GB'));
}

/** The names behind the action groups' keys: team names and owners (a person, or a name typed). */
function actionLabels(parts: { part: string; owner_label: string | null; team_name: string | null }[]): { teams: Map<string, string>; owners: Map<string, string> } {
  const teams = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const r of parts) {
    const [, by, key] = r.part.split('/');
    if (!key) continue;
    if (by === 'team') teams.set(key, r.team_name ?? 'No team');
    else owners.set(key, r.owner_label ?? 'No owner');
  }
  return { teams, owners };
}
