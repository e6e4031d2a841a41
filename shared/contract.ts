import { z } from 'zod';
import { archiveInput, listInput, team, teamCreateInput, teamUpdateInput } from './schemas/team';
import { person, personCreateInput, personUpdateInput } from './schemas/person';

/**
 * The whole API of the core, as one map: procedure name -> zod input and output.
 * The router, the IPC transport, the HTTP transport and the renderer's client are
 * all driven by this map, so a procedure exists in one place only.
 */
export const contract = {
  'app.info': {
    input: z.undefined().optional(),
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      mode: z.enum(['desktop', 'browser']),
    }),
  },
  'teams.list': { input: listInput, output: z.array(team) },
  'teams.create': { input: teamCreateInput, output: team },
  'teams.update': { input: teamUpdateInput, output: team },
  'teams.setArchived': { input: archiveInput, output: team },
  'people.list': { input: listInput, output: z.array(person) },
  'people.create': { input: personCreateInput, output: person },
  'people.update': { input: personUpdateInput, output: person },
  'people.setArchived': { input: archiveInput, output: person },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.output<Contract[P]['output']>;
/** What a service receives: the input after zod has parsed and normalised it. */
export type ParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
