import type { ProcedureOutput } from '../../../../shared/contract';
import type { ServiceContext } from '../../context';

export async function appStatus(ctx: ServiceContext): Promise<ProcedureOutput<'app.status'>> {
  const count = async (table: 'teams' | 'people' | 'children') => Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { teams: await count('teams'), people: await count('people'), children: await count('children') };
}
