import { z } from 'zod';
import { TRACKER_PAGE_SIZE } from '../domain/paging';
import { id, storedIsoDate } from './common';
import { figureFilter } from './figures';
import { legalStatus, meetingKind, permanenceOption, rag } from './child';

export const TRACKER_SORTS = ['priority', 'name', 'caseRef', 'team', 'nextDue', 'week26', 'lastDiscussed', 'rag'] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];

export const trackerQuery = z
  .strictObject({
    teamId: id.nullable().optional(),
    rag: z.enum(['red', 'amber', 'green', 'none']).nullable().optional(),
    legalStatus: legalStatus.nullable().optional(),
    overdueOnly: z.boolean().optional(),
    search: z.string().trim().max(100, 'Keep the search to 100 characters or fewer.').optional(),
    sort: z.enum(TRACKER_SORTS, { error: 'Choose a column to sort by.' }).optional(),
    descending: z.boolean().optional(),
    includeClosed: z.boolean().optional(),
    /** A page of the list: the tracker screen asks for the rows it is about to show. */
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000, 'Ask for at most 1,000 rows at a time.').optional(),
    /** Only the children behind one number of the management figures. */
    figure: figureFilter.optional(),
  })
  .optional()
  .transform((q) => ({
    teamId: q?.teamId ?? null,
    rag: q?.rag ?? null,
    legalStatus: q?.legalStatus ?? null,
    overdueOnly: q?.overdueOnly ?? false,
    search: q?.search ?? '',
    sort: q?.sort ?? 'priority',
    descending: q?.descending ?? false,
    includeClosed: q?.includeClosed ?? false,
    offset: q?.offset ?? 0,
    limit: q?.limit ?? TRACKER_PAGE_SIZE,
    figure: q?.figure ?? null,
  }));
export type TrackerQueryInput = z.input<typeof trackerQuery>;

const dueItem = z.object({ kind: meetingKind, date: storedIsoDate, reason: z.string() });

export const trackerRow = z.object({
  childId: id,
  caseRef: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  socialWorkerName: z.string().nullable(),
  legalStatus,
  proceedingsIssued: storedIsoDate.nullable(),
  weeksSinceIssue: z.number().int().nullable(),
  week26Date: storedIsoDate.nullable(),
  primaryPlan: permanenceOption.nullable(),
  parallelPlans: z.array(permanenceOption),
  rag: rag.nullable(),
  ragReason: z.string().nullable(),
  ragDate: storedIsoDate.nullable(),
  /** The last three ratings, oldest first. */
  trend: z.array(rag),
  lastDiscussed: z.object({ kind: meetingKind, date: storedIsoDate }).nullable(),
  nextDue: dueItem.nullable(),
  overdue: z.boolean(),
  flags: z.array(z.object({ rule: z.string().optional(), severity: z.enum(['warning', 'alert']), message: z.string() })),
  closed: z.boolean(),
});
export type TrackerRow = z.infer<typeof trackerRow>;

export const trackerResult = z.object({
  /** The requested page of the matching rows, in order. */
  rows: z.array(trackerRow),
  offset: z.number().int(),
  /** Children tracked in all, before filters. */
  total: z.number().int(),
  /** Children matching the filters, and how many of those are overdue or rated red. */
  matched: z.number().int(),
  overdue: z.number().int(),
  red: z.number().int(),
  today: storedIsoDate,
});
export type TrackerResult = z.infer<typeof trackerResult>;
