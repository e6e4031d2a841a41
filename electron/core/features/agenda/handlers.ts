import type { agendaProcedures } from '../../../../shared/procedures/agenda';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { addAgendaItem, groupSiblingItems, moveAgendaItem, removeAgendaItem, splitAgendaItem, updateAgendaItem } from './agenda';
import { exportAgendaDocx } from '../meetings/exports';

/** A meeting's agenda: each procedure wired to its service. */
export function agendaHandlers(ctx: ServiceContext): HandlersOf<typeof agendaProcedures> {
  return {
    'agenda.add': (i) => addAgendaItem(ctx, i),
    'agenda.update': (i) => updateAgendaItem(ctx, i),
    'agenda.remove': (i) => removeAgendaItem(ctx, i),
    'agenda.move': (i) => moveAgendaItem(ctx, i),
    'agenda.groupSiblings': (i) => groupSiblingItems(ctx, i),
    'agenda.split': (i) => splitAgendaItem(ctx, i),
    'agenda.exportDocx': (i) => exportAgendaDocx(ctx, i),
  };
}
