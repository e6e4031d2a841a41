import type { filingProcedures } from '../../../../shared/procedures/filing';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { exportExtractDocx, exportMinutesDocx } from '../../services/exports/minutes-export';
import { exportFilingZip } from '../../services/filing/batch';
import { filingChecklist, markFiled } from '../../services/filing/checklist';
import { decideMention, getExtractReview } from '../../services/filing/review';

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
