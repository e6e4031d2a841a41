import { formatUkDate } from '../../../../shared/domain/dates';
import type { Db } from '../../db/db-type';
import { AppError } from '../../errors';
import type { ItemContext } from '../minutes/guards';
import { readMinuteValue } from '../../data/tables/minute-fields';
import { actionOfPlanRow } from './repository/actions';

/**
 * An action made from a row of the item's SMART plan: the row must be saved in this item's
 * plan, and its action not tracked already (making it twice is refused, not duplicated).
 */
export async function assertPlanRowOpen(db: Db, c: ItemContext, planRow: string): Promise<void> {
  if (c.form !== 'cpm') throw new AppError('INVALID_INPUT', 'Only a Care Planning Meeting Record has a SMART plan to make actions from.', { planRow: 'Not a row of a plan.' });
  const rows = await readMinuteValue(db, c.item.id, 'smartPlan');
  const index = (rows ?? []).findIndex((r) => r.key === planRow);
  if (index < 0) {
    throw new AppError('INVALID_INPUT', 'That row of the plan is not saved (it may have been removed), so no action was made from it. Check the plan and try again.', { planRow: 'Not a saved row of this plan.' });
  }
  const existing = await actionOfPlanRow(db, c.item.id, planRow);
  if (existing) {
    throw new AppError(
      'CONFLICT',
      `Row ${index + 1} of the plan is already a tracked action (${existing.owner_name}, due ${formatUkDate(existing.due_on)}). Change that action instead of adding it again.`,
      { planRow: 'Already tracked.' },
    );
  }
}
