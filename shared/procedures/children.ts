import { z } from 'zod';
import { child, childCloseInput, childCreateInput, childDetail, childUpdateInput, keyDate, keyDateCreateInput, keyDateUpdateInput, permanencePlan, planInput, planRatifyInput, ragCreateInput, ragRating, siblingLinkInput, siblingUnlinkInput } from '../schemas/child';
import { cicReview, cicReviewInput, escalation, escalationCloseInput, escalationInput } from '../schemas/child-events';
import { id } from '../schemas/common';
import { byId, type ProcedureMap } from './common';

/** Each child's record: details, plan, key dates, ratings, reviews, escalations, siblings. */
export const childrenProcedures = {
  'children.create': { input: childCreateInput, output: child },
  'children.update': { input: childUpdateInput, output: child },
  'children.get': { input: byId, output: childDetail },
  'children.close': { input: childCloseInput, output: child },
  'children.search': {
    input: z.strictObject({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).optional().transform((v) => v ?? 20) }),
    output: z.array(z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string(), teamId: id.nullable(), closed: z.boolean() })),
  },
  'plans.set': { input: planInput, output: permanencePlan },
  /** The Group Manager's ratification of the final plan (who, when), kept as a new version of the plan. */
  'plans.ratifyFinal': { input: planRatifyInput, output: permanencePlan },
  'keyDates.create': { input: keyDateCreateInput, output: keyDate },
  'keyDates.update': { input: keyDateUpdateInput, output: keyDate },
  'keyDates.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'ratings.create': { input: ragCreateInput, output: ragRating },
  /** A Child in Care review held: the next one counts from it. Answers the child's reviews, newest first. */
  'cicReviews.record': { input: cicReviewInput, output: z.array(cicReview) },
  'cicReviews.remove': { input: byId, output: z.array(cicReview) },
  /** A team manager's escalation to the Group Manager. Answers the child's escalations, newest first. */
  'escalations.create': { input: escalationInput, output: z.array(escalation) },
  /** Adds the child to the next prepared Permanence Panel of their team, with the escalation as the reason. */
  'escalations.bringToPanel': { input: byId, output: z.object({ escalations: z.array(escalation), message: z.string(), meetingId: id }) },
  'escalations.close': { input: escalationCloseInput, output: z.array(escalation) },
  'siblings.link': { input: siblingLinkInput, output: z.object({ siblingGroupId: id }) },
  'siblings.unlink': { input: siblingUnlinkInput, output: z.object({ unlinked: z.literal(true) }) },
} as const satisfies ProcedureMap;
