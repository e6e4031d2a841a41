import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import type { ActionQuery } from '../../../../shared/schemas/actions';
import { containsPattern } from '../../db/contains';
import type { ServiceContext } from '../../context';
import { actionRows } from './rows';

/** What narrows the actions: everything in the page's query except the page itself. */
export type ActionFilter = Omit<ActionQuery, 'limit' | 'offset'>;

/**
 * The actions matching the filters, as a query still to be selected from. The list and
 * its exports both start here, so a filter never means one thing on screen and another
 * on paper. `today` decides what is overdue; callers that report it pass the same value.
 */
export function filteredActions(ctx: ServiceContext, input: ActionFilter, today: string = todayIso(ctx.now())) {
  const status = input.status === 'all' ? null : input.status;
  return (
    ctx.db
      .selectFrom('actions as a')
      .$if(status !== null, (q) => q.where('a.status', '=', status!))
      .$if(input.ownerId !== null, (q) => q.where('a.owner_id', '=', input.ownerId!))
      .$if(input.ownerName !== null, (q) => q.where('a.owner_name', 'like', containsPattern(input.ownerName!)))
      .$if(input.dueBy !== null, (q) => q.where('a.due_on', '<=', input.dueBy!))
      .$if(input.overdue, (q) => q.where('a.status', '=', 'open').where('a.due_on', '<', today))
      .$if(input.progressRag !== null, (q) => (input.progressRag === 'none' ? q.where('a.progress_rag', 'is', null) : q.where('a.progress_rag', '=', input.progressRag!)))
      .$if(input.impactRag !== null, (q) => (input.impactRag === 'none' ? q.where('a.impact_rag', 'is', null) : q.where('a.impact_rag', '=', input.impactRag!)))
      // Driven from action_children's (child_id, action_id) index: a child or a team has few actions among many.
      .$if(input.childId !== null, (q) => q.where('a.id', 'in', (eb) => eb.selectFrom('action_children as ac').select('ac.action_id').where('ac.child_id', '=', input.childId!)))
      .$if(input.teamId !== null, (q) =>
        q.where('a.id', 'in', (eb) =>
          eb.selectFrom('action_children as ac').innerJoin('children as c', 'c.id', 'ac.child_id').select('ac.action_id').where('c.team_id', '=', input.teamId!),
        ),
      )
  );
}

/** The permanence coordinator's list: every action across meetings, soonest due first, a page at a time. */
export async function listActions(ctx: ServiceContext, input: ParsedInput<'actions.list'>): Promise<ProcedureOutput<'actions.list'>> {
  const today = todayIso(ctx.now());
  const filtered = filteredActions(ctx, input, today);
  const [total, page] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    filtered.select('a.id').orderBy('a.due_on').orderBy('a.id').limit(input.limit).offset(input.offset).execute(),
  ]);
  return { rows: await actionRows(ctx.db, page.map((r) => r.id)), total: Number(total.n), today };
}
