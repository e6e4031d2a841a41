import type { penProcedures } from '../../../../shared/procedures/pen';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { handOverPen, penHeartbeat, readPen, releasePen, takeOverPen, takePen } from './pen';

/** One pen per meeting's minutes, and who is viewing: each procedure wired to its service. */
export function penHandlers(ctx: ServiceContext): HandlersOf<typeof penProcedures> {
  return {
    'pen.get': (i) => readPen(ctx, i),
    'pen.take': (i) => takePen(ctx, i),
    'pen.takeOver': (i) => takeOverPen(ctx, i),
    'pen.handOver': (i) => handOverPen(ctx, i),
    'pen.release': (i) => releasePen(ctx, i),
    'pen.heartbeat': (i) => penHeartbeat(ctx, i),
  };
}
