import type { cpmProcedures } from '../../../../shared/procedures/cpm';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { bookCpm, listCpms } from './cpm';
import { applyCpmPlan, previewCpmPlan } from './cpm-plan';

/** Care Planning Meetings: each procedure wired to its service. */
export function cpmHandlers(ctx: ServiceContext): HandlersOf<typeof cpmProcedures> {
  return {
    'cpm.list': (i) => listCpms(ctx, i),
    'cpm.book': (i) => bookCpm(ctx, i),
    'cpm.planPreview': (i) => previewCpmPlan(ctx, i),
    'cpm.planApply': (i) => applyCpmPlan(ctx, i),
  };
}
