import { carePlanningBlocks } from './cpm-blocks';
import { earlierActions, type ItemSource, newActions, nextReview, ratings, text } from './block-parts';
import { legalGatewayBlocks } from './lgp-blocks';
import type { DocBlock } from './model';

export { type ItemSource, NOT_RECORDED } from './block-parts';

function panelBlocks(source: ItemSource): DocBlock[] {
  const v = source.item.values;
  return [
    ...text(v, 'discussion', true),
    ...text(v, 'childViews', false),
    ...text(v, 'decisions', true),
    ...text(v, 'dissent', false),
    ratings(source),
    earlierActions(source.item),
    newActions(source.item),
    nextReview(v),
  ];
}

/** An item the panel did not reach says so, and records nothing as decided. */
function notReachedBlocks(source: ItemSource): DocBlock[] {
  return [
    { kind: 'facts', lines: [{ label: 'Not reached', value: 'The panel did not reach this item; it was not discussed and no decision was made.' }] },
    ...text(source.item.values, 'discussion', false),
    earlierActions(source.item),
  ];
}

/** What one item of the minutes prints, in order. */
export function itemBlocks(source: ItemSource): DocBlock[] {
  if (source.item.values.notReached) return notReachedBlocks(source);
  switch (source.form) {
    case 'pp':
      return panelBlocks(source);
    case 'lgp':
      return legalGatewayBlocks(source);
    case 'cpm':
      return carePlanningBlocks(source);
  }
}
