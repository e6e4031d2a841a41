import type { LegalOrderSought, PermanenceOption } from '../../../../shared/domain/vocabulary';
import type { Db } from '../../db/db-type';
import { minuteValue } from '../../data/tables/minute-fields';
import { planFieldsOf } from './repository/fields';

/** What a Care Planning Meeting item agreed for the child's plan: a primary option at least. */
export interface AgreedPlan {
  primary: PermanenceOption;
  parallel: PermanenceOption[];
  legalOrderSought: LegalOrderSought | null;
}

/** Each item's agreed plan, from its minutes (items that recorded no primary option have none). */
export async function agreedPlans(db: Db, of: { meetingId: number } | { itemId: number }): Promise<Map<number, AgreedPlan>> {
  const fields = await planFieldsOf(db, of);
  const out = new Map<number, AgreedPlan>();
  for (const f of fields) {
    if (f.field !== 'permanenceOptions') continue;
    const options = minuteValue.decode('permanenceOptions', f.value);
    if (!options?.primary) continue;
    const order = fields.find((o) => o.item_id === f.item_id && o.field === 'legalOrderSought');
    out.set(f.item_id, { primary: options.primary, parallel: options.parallel, legalOrderSought: order ? minuteValue.decode('legalOrderSought', order.value) : null });
  }
  return out;
}
