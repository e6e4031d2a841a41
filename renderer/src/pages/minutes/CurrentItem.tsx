import { formatUkDate } from '../../../../shared/domain/dates';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { MeetingState, MinuteItem } from '../../../../shared/schemas/minutes';
import { personName } from '../../../../shared/domain/words';
import { itemName } from '../meeting/child-names';
import { ChildGlance } from './ChildGlance';
import { EarlierActions } from './EarlierActions';
import { ItemActions } from './ItemActions';
import { ItemFields } from './ItemFields';
import { ItemTimer } from './ItemTimer';
import { useMinutesContext } from './minutes-context';
import { RatingField } from './RatingField';
import { ITEM_KEYS_HINT } from './use-item-keys';

export const CURRENT_ITEM_TITLE = 'current-item-title';

/** The item being minuted: who, at a glance, what is still open from before, the minutes, the ratings and the actions. */
export function CurrentItem({
  item,
  agendaItem,
  count,
  state,
  offsetMs,
  today,
  previous,
  next,
  onGo,
}: {
  item: MinuteItem;
  agendaItem: AgendaItem;
  count: number;
  state: MeetingState;
  offsetMs: number;
  today: string;
  previous: AgendaItem | undefined;
  next: AgendaItem | undefined;
  onGo(itemId: number): void;
}) {
  const { readOnly, readOnlyWhy, status } = useMinutesContext();
  const name = itemName(agendaItem.children);
  const inRoom = status === 'in_progress' && state.currentItemId === item.itemId;
  const children = new Map(agendaItem.children.map((c) => [c.id, c]));
  return (
    <article className="current-item" aria-labelledby={CURRENT_ITEM_TITLE}>
      <header className="current-item__head">
        <h2 id={CURRENT_ITEM_TITLE} tabIndex={-1}>
          <span className="current-item__number">
            Item {agendaItem.position} of {count}:
          </span>{' '}
          {name}
        </h2>
        <p className="current-item__slot">
          {agendaItem.start} to {agendaItem.end} ({agendaItem.slotMinutes} min)
          {agendaItem.presenterName ? ` · Presenting: ${agendaItem.presenterName}` : ''}
          {agendaItem.reason ? ` · ${agendaItem.reason}` : ''}
        </p>
        <ItemTimer banked={item.secondsSpent} runningSince={inRoom ? state.currentSince : null} slotMinutes={agendaItem.slotMinutes} offsetMs={offsetMs} />
        <ItemSteps previous={previous} next={next} onGo={onGo} />
      </header>
      {readOnly && status !== 'approved' && status !== 'locked' ? (
        <p className="read-only-note">{readOnlyWhy ?? 'These minutes are read-only here.'}</p>
      ) : readOnly ? (
        <p className="read-only-note">
          Approved on {formatUkDate(state.approvedOn)}
          {state.approvedBy ? ` by ${state.approvedBy}` : ''} — corrections are made as amendments{status === 'locked' ? ', and the minutes are now locked' : ''}.
        </p>
      ) : null}

      <section className="item-section" aria-labelledby={`glance-${item.itemId}`}>
        <h3 id={`glance-${item.itemId}`}>At a glance</h3>
        <div className="glance-grid">
          {item.glance.map((g) => (
            <ChildGlance key={g.childId} glance={g} child={children.get(g.childId)} />
          ))}
        </div>
      </section>

      <EarlierActions actions={item.earlierActions} itemId={item.itemId} today={today} />

      <section className="item-section" aria-labelledby={`minutes-${item.itemId}`}>
        <h3 id={`minutes-${item.itemId}`}>Minutes</h3>
        <ItemFields item={item} agendaItem={agendaItem} />
      </section>

      <section className="item-section" aria-labelledby={`rag-${item.itemId}`}>
        <h3 id={`rag-${item.itemId}`}>RAG rating of the plan</h3>
        {item.ratings.map((r) => {
          const child = children.get(r.childId);
          return <RatingField key={r.childId} itemId={item.itemId} childId={r.childId} childName={child ? personName(child) : 'the child'} fromCore={r} />;
        })}
      </section>

      <ItemActions item={item} />

      <footer className="current-item__foot">
        {next ? (
          <button type="button" className="button button--secondary" onClick={() => onGo(next.id)}>
            Next item: {itemName(next.children)}
          </button>
        ) : (
          <p className="muted">This is the last item.</p>
        )}
      </footer>
    </article>
  );
}

function ItemSteps({ previous, next, onGo }: { previous: AgendaItem | undefined; next: AgendaItem | undefined; onGo(itemId: number): void }) {
  return (
    <div className="item-steps">
      <button type="button" className="button button--small button--secondary" disabled={!previous} aria-keyshortcuts="Alt+ArrowUp" onClick={() => previous && onGo(previous.id)}>
        Previous item
      </button>
      <button type="button" className="button button--small button--secondary" disabled={!next} aria-keyshortcuts="Alt+ArrowDown" onClick={() => next && onGo(next.id)}>
        Next item
      </button>
      <p className="item-steps__hint">
        <span className="visually-hidden">Keyboard: </span>
        {ITEM_KEYS_HINT}
      </p>
    </div>
  );
}
