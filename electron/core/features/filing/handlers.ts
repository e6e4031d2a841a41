import type { filingProcedures } from '../../../../shared/procedures/filing';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { exportExtractDocx, exportMinutesDocx } from './minutes-export';
import { exportFilingZip } from './batch';
import { filingChecklist, markFiled } from './checklist';
import { decideMention, getExtractReview } from './review';

/** Minutes and extracts for each child's case record: each procedure wired to its service. */
export function filingHandlers(ctx: ServiceContext): HandlersOf<typeof filingProcedures> {
  return {
    'minutes.exportDocx': (i) => exportMinutesDocx(ctx, i),
    'minutes.exportExtract': (i) => exportExtractDocx(ctx, i),
    'filing.checklist': (i) => filingChecklist(ctx, i.id),
    'filing.exportZip': (i) => exportFilingZip(ctx, i.id),
    'filing.mark': (i) => markFiled(ctx, i),
    'filing.review': (i) => getExtractReview(ctx, i),
    'filing.decide': (i) => decideMention(ctx, i),
  };
}
