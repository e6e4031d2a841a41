import { z } from 'zod';
import { id } from '../schemas/common';

/** A part of the contract: procedure name -> zod input and output. */
export type ProcedureMap = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** A procedure that takes nothing. */
export const none = z.undefined().optional();

/** A procedure that takes one record's id. */
export const byId = z.strictObject({ id });
