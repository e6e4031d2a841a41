import { useSyncExternalStore } from 'react';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import { useAutosaveStore } from '../../components/use-autosave';
import { itemName } from '../meeting/child-names';
import { itemHasMinutes } from './item-content';
import { useMinutesContext } from './minutes-context';
import { roughMinutes } from './time-words';
import { itemSeconds, useCoreNow } from './use-core-now';

/**
 * The agenda down the side: each item's slot, children, whether it has minutes and the time
 * it has taken. Choosing one moves the room to it (in the room) or just shows it (after).
 */
export function AgendaNav({
  agendaItems,
  items,
  viewedId,
  roomItemId,
  currentSince,
  offsetMs,
  onGo,
}: {
  agendaItems: AgendaItem[];
  items: Map<number, MinuteItem>;
  viewedId: number | null;
  roomItemId: number | null;
  currentSince: string | null;
  offsetMs: number;
  onGo(itemId: number): void;
}) {
  const { form } = useMinutesContext();
  const store = useAutosaveStore();
  const now = useCoreNow(offsetMs);
  // One letter per item, so typing elsewhere redraws this list only when a tick appears or goes.
  const ticks = useSyncExternalStore(store.subscribe, () => agendaItems.map((a) => (items.has(a.id) && itemHasMinutes(items.get(a.id)!, form, store) ? '1' : '0')).join(''));
  return (
    <nav className="agenda-nav" aria-labelledby="agenda-nav-title">
      <h2 id="agenda-nav-title" className="agenda-nav__title">
        Agenda
      </h2>
      <ol className="agenda-nav__list">
        {agendaItems.map((a, i) => {
          const item = items.get(a.id);
          const inRoom = a.id === roomItemId;
          const spent = itemSeconds(item?.secondsSpent ?? 0, inRoom ? currentSince : null, now);
          const done = ticks[i] === '1';
          return (
            <li key={a.id}>
              <button type="button" className="agenda-nav__item" aria-current={a.id === viewedId ? 'step' : undefined} onClick={() => onGo(a.id)}>
                <span className="agenda-nav__time">
                  {a.position}. {a.start}
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden"> to </span>
                  {a.end}
                </span>
                <span className="agenda-nav__names">{itemName(a.children)}</span>
                <span className="agenda-nav__status">
                  {done ? (
                    <span className="agenda-nav__tick">
                      <span aria-hidden="true">✓ </span>Minuted
                    </span>
                  ) : (
                    <span className="muted">No minutes yet</span>
                  )}
                  <span className={spent > a.slotMinutes * 60 ? 'agenda-nav__spent agenda-nav__spent--over' : 'agenda-nav__spent'}>
                    {inRoom ? 'Now: ' : ''}
                    {roughMinutes(spent)}
                    {spent > a.slotMinutes * 60 ? `, over its ${a.slotMinutes} min` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
