import { z } from 'zod';
import { plusMonths } from '../domain/day-numbers';
import { formatUkDate } from '../domain/dates';
import { DRIFT_KEYS, FIGURE_TABLE_IDS, figureOfPart, MAX_PERIOD_YEARS } from '../figures/definitions';
import { id, isoDate, storedIsoDate } from './common';

const periodShape = {
  from: isoDate,
  to: isoDate,
  teamId: id.nullable().optional().transform((v) => v ?? null),
};

/** A period that ends before it starts, or runs longer than the charts can show, is refused in words. */
function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (p.to < p.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `The period ends (${formatUkDate(p.to)}) before it starts (${formatUkDate(p.from)}). Choose an end on or after the start.` });
  } else if (plusMonths(p.from, MAX_PERIOD_YEARS * 12) <= p.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `Choose a period of at most ${MAX_PERIOD_YEARS} years, so the month-by-month figures stay readable.` });
  }
}

/** A period and a team (none: all teams). */
export const figuresPeriod = z.strictObject(periodShape).superRefine(checkPeriod);

/** One table of the figures as CSV. */
export const figuresCsvInput = z.strictObject({ ...periodShape, table: z.enum(FIGURE_TABLE_IDS, { error: 'Choose one of the tables on the Figures page.' }) }).superRefine(checkPeriod);
export const figuresCsv = z.object({ fileName: z.string(), csv: z.string() });

/** The Word report; the appendix naming the children behind each drift flag only when asked for. */
export const figuresExportInput = z.strictObject({ ...periodShape, withNames: z.boolean().optional().transform((v) => v ?? false) }).superRefine(checkPeriod);

export type FiguresPeriod = z.output<typeof figuresPeriod>;

/** The children behind one number of the figures: the tracker filtered to them. */
export const figureFilter = z.strictObject({
  part: z
    .string()
    .min(1)
    .max(300)
    .refine((p) => figureOfPart(p) !== null, 'That figure is not one Panelroom knows.'),
  ...periodShape,
}).superRefine(checkPeriod);
export type FigureFilter = z.output<typeof figureFilter>;

const count = z.number().int().min(0);
const startAndNow = z.object({ key: z.string(), start: count, now: count });
const timeliness = z.object({ measure: z.string(), onTime: count, late: count, notHeld: count });
const actionGroup = z.object({
  key: z.string(),
  label: z.string(),
  open: count,
  overdue: count,
  completed: count,
  impact: z.object({ green: count, amber: count, red: count, none: count }),
});
export type ActionGroup = z.infer<typeof actionGroup>;

export const figuresResult = z.object({
  period: z.object({ from: storedIsoDate, to: storedIsoDate, teamId: id.nullable(), teamName: z.string().nullable(), today: storedIsoDate }),
  /** The council's review rules the figures were counted with, for the words beside them. */
  rules: z.object({ cpmWeeks: z.number(), week26Weeks: z.number(), s20Years: z.number(), panelWeeks: z.array(z.number()) }),
  inCare: z.object({ plans: z.array(startAndNow), statuses: z.array(startAndNow) }),
  proceedings: z.object({
    open: z.array(z.object({ key: z.string(), n: count })),
    concluded: z.object({ within: count, over: count, medianWeeks: z.number().nullable() }),
  }),
  timeliness: z.array(timeliness),
  rag: z.array(z.object({ month: z.string(), red: count, amber: count, green: count })),
  drift: z.array(z.object({ key: z.enum(DRIFT_KEYS), n: count })),
  actions: z.object({ teams: z.array(actionGroup), owners: z.array(actionGroup) }),
});
export type FiguresResult = z.infer<typeof figuresResult>;
