import type { childrenProcedures } from '../../../../shared/procedures/children';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { closeChild, createChild, getChild, searchChildren, updateChild } from './children';
import { recordCicReview, removeCicReview } from './cic-reviews';
import { bringToPanel, closeEscalation, createEscalation } from './escalations';
import { createKeyDate, deleteKeyDate, updateKeyDate } from './key-dates';
import { ratifyFinalPlan, setPlan } from './plans';
import { createRating } from './ratings';
import { linkSiblings, unlinkSibling } from './siblings';

/** Children's records: details, plans, key dates, ratings, reviews, escalations, siblings: each procedure wired to its service. */
export function childrenHandlers(ctx: ServiceContext): HandlersOf<typeof childrenProcedures> {
  return {
    'children.create': (i) => createChild(ctx, i),
    'children.update': (i) => updateChild(ctx, i),
    'children.get': (i) => getChild(ctx, i),
    'children.close': (i) => closeChild(ctx, i),
    'children.search': (i) => searchChildren(ctx, i),
    'plans.set': (i) => setPlan(ctx, i),
    'plans.ratifyFinal': (i) => ratifyFinalPlan(ctx, i),
    'keyDates.create': (i) => createKeyDate(ctx, i),
    'keyDates.update': (i) => updateKeyDate(ctx, i),
    'keyDates.delete': (i) => deleteKeyDate(ctx, i),
    'ratings.create': (i) => createRating(ctx, i),
    'cicReviews.record': (i) => recordCicReview(ctx, i),
    'cicReviews.remove': (i) => removeCicReview(ctx, i),
    'escalations.create': (i) => createEscalation(ctx, i),
    'escalations.bringToPanel': (i) => bringToPanel(ctx, i),
    'escalations.close': (i) => closeEscalation(ctx, i),
    'siblings.link': (i) => linkSiblings(ctx, i),
    'siblings.unlink': (i) => unlinkSibling(ctx, i),
  };
}
