import type { z } from 'zod';
import { actionsProcedures } from './procedures/actions';
import { agendaProcedures } from './procedures/agenda';
import { auditProcedures } from './procedures/audit';
import { childrenProcedures } from './procedures/children';
import { cpmProcedures } from './procedures/cpm';
import { demoProcedures } from './procedures/demo';
import { figuresProcedures } from './procedures/figures';
import { filingProcedures } from './procedures/filing';
import { identityProcedures } from './procedures/identity';
import { importProcedures } from './procedures/import';
import { meetingsProcedures } from './procedures/meetings';
import { minutesProcedures } from './procedures/minutes';
import { penProcedures } from './procedures/pen';
import { outboxProcedures } from './procedures/outbox';
import { rotaProcedures } from './procedures/rota';
import { safetyProcedures } from './procedures/safety';
import { settingsProcedures } from './procedures/settings';
import { signInProcedures } from './procedures/sign-in';
import { trackerProcedures } from './procedures/tracker';

/** Each area's part of the contract, in the order the app's screens meet them. */
const SLICES = [signInProcedures, safetyProcedures, auditProcedures, demoProcedures, settingsProcedures, identityProcedures, childrenProcedures, trackerProcedures, figuresProcedures, importProcedures, meetingsProcedures, rotaProcedures, agendaProcedures, cpmProcedures, minutesProcedures, penProcedures, outboxProcedures, actionsProcedures, filingProcedures] as const;

/**
 * The whole API of the core, as one map: procedure name -> zod input and output. Each
 * area keeps its own part (shared/procedures/); this is their merge. The router, the IPC
 * transport, the HTTP transport and the renderer's client are all driven by it, so a
 * procedure exists in one place only.
 */
export const contract = {
  ...signInProcedures,
  ...safetyProcedures,
  ...auditProcedures,
  ...demoProcedures,
  ...settingsProcedures,
  ...identityProcedures,
  ...childrenProcedures,
  ...trackerProcedures,
  ...figuresProcedures,
  ...importProcedures,
  ...meetingsProcedures,
  ...rotaProcedures,
  ...agendaProcedures,
  ...cpmProcedures,
  ...minutesProcedures,
  ...penProcedures,
  ...outboxProcedures,
  ...actionsProcedures,
  ...filingProcedures,
} as const;

// Two areas claiming one name would silently lose a procedure: refuse to load instead.
const claimed = new Set<string>();
for (const slice of SLICES) {
  for (const name of Object.keys(slice)) {
    if (claimed.has(name)) throw new Error(`Procedure ${name} is declared by two areas of the contract.`);
    claimed.add(name);
  }
}

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
