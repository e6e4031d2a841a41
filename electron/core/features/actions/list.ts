import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../context';
import { actionRows } from './rows';
import { countAndPageOfActions } from './repository/list';

export type { ActionFilter } from './repository/list';

/** The permanence coordinator's list: every action across meetings, soonest due first, a page at a time. */
export async function listActions(ctx: ServiceContext, input: ParsedInput<'actions.list'>): Promise<ProcedureOutput<'actions.list'>> {
  const today = todayIso(ctx.now());
  const { total, ids } = await countAndPageOfActions(ctx.db, input, today, { limit: input.limit, offset: input.offset });
  return { rows: await actionRows(ctx.db, ids), total, today };
}
