import type { ProcedureOutput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../context';
import { loadPanelTurns, panelTurnOf } from '../../data/tracking/review-inputs';
import { bringTrackingUpToDate } from '../../data/tracking/refresh';
import { childTracking } from '../../data/tables/child-tracking';
import { childrenFlaggedWithoutPanelTurn } from './repository';

/**
 * "Every child due must have somewhere to go": the children due at a panel whose team
 * has no turn on any active rota of it, so no agenda will ever propose them. Read from
 * the tracker's flag, brought up to today first, so the rota page and the tracker agree.
 */
export async function unplacedChildren(ctx: ServiceContext): Promise<ProcedureOutput<'rota.unplaced'>> {
  const today = todayIso(ctx.now());
  await bringTrackingUpToDate(ctx.db, today);
  const rows = await childrenFlaggedWithoutPanelTurn(ctx.db);
  const turns = await loadPanelTurns(ctx.db, today);
  const children = rows.flatMap((r) => {
    const turn = panelTurnOf(turns, r.team_id);
    const item = childTracking.columns.due.decode(r.due).find((d) => turn[d.kind] === false);
    if (!item) return [];
    return [{ childId: r.id, caseRef: r.case_ref, firstName: r.first_name, lastName: r.last_name, teamName: r.team_name, kind: item.kind, dueDate: item.date, reason: item.reason }];
  });
  return { children: children.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.lastName.localeCompare(b.lastName)) };
}
