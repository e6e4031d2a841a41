import type { ProcedureOutput } from '../../../../shared/contract';
import type { ServiceContext } from '../../context';
import { countRows } from './repository';

export async function appStatus(ctx: ServiceContext): Promise<ProcedureOutput<'app.status'>> {
  const count = (table: 'teams' | 'people' | 'children') => countRows(ctx.db, table);
  return { teams: await count('teams'), people: await count('people'), children: await count('children') };
}
