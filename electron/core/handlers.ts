import type { ProcedureOutput } from '../../shared/contract';
import type { ServiceContext } from './context';
import { actionsHandlers } from './features/actions/handlers';
import { agendaHandlers } from './features/agenda/handlers';
import { auditHandlers } from './features/audit/handlers';
import { childrenHandlers } from './features/children/handlers';
import { cpmHandlers } from './features/cpm/handlers';
import { demoHandlers } from './features/demo/handlers';
import { figuresHandlers } from './features/figures/handlers';
import { filingHandlers } from './features/filing/handlers';
import { identityHandlers } from './features/identity/handlers';
import { importHandlers } from './features/import/handlers';
import { meetingsHandlers } from './features/meetings/handlers';
import { minutesHandlers } from './features/minutes/handlers';
import { penHandlers } from './features/pen/handlers';
import { rotaHandlers } from './features/rota/handlers';
import { safetyHandlers, type SafetyOperations } from './features/safety/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { outboxHandlers } from './team-outbox/handlers';
import { signInHandlers } from './team-sign-in/handlers';
import { trackerHandlers } from './features/tracker/handlers';
import type { Handlers } from './router';

export type { SafetyOperations };

/**
 * Wires each procedure of the contract to its service: the merge of each area's handlers
 * (features/<area>/handlers.ts). Each area's map must cover its slice of the contract and
 * this one the whole contract, so a missing procedure is a compile error.
 */
export function buildHandlers(ctx: ServiceContext, info: () => ProcedureOutput<'app.info'>, safety: SafetyOperations): Handlers {
  return {
    ...signInHandlers(() => info().dataDir),
    ...safetyHandlers(ctx, info, safety),
    ...auditHandlers(ctx),
    ...demoHandlers(ctx),
    ...settingsHandlers(ctx),
    ...identityHandlers(ctx),
    ...childrenHandlers(ctx),
    ...trackerHandlers(ctx),
    ...figuresHandlers(ctx),
    ...importHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...rotaHandlers(ctx),
    ...agendaHandlers(ctx),
    ...cpmHandlers(ctx),
    ...minutesHandlers(ctx),
    ...penHandlers(ctx),
    ...outboxHandlers(),
    ...actionsHandlers(ctx),
    ...filingHandlers(ctx),
  };
}
