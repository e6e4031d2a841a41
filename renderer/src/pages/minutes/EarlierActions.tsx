import { formatUkDate } from '../../../../shared/domain/dates';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import { ActionReview } from './ActionReview';

/** Actions from earlier meetings still open for these children, each reviewed here. */
export function EarlierActions({ actions, itemId, today }: { actions: EarlierAction[]; itemId: number; today: string }) {
  return (
    <section className="item-section" aria-labelledby={`earlier-${itemId}`}>
      <h3 id={`earlier-${itemId}`}>Actions from earlier meetings</h3>
      {actions.length === 0 ? (
        <p className="empty">No open actions from earlier meetings.</p>
      ) : (
        <ol className="earlier-actions">
          {actions.map((a) => (
            <li key={a.id} className="earlier-action">
              <p className="earlier-action__text">{a.text}</p>
              <p className="earlier-action__meta">
                <span>Owner: {a.ownerName}</span>
                <span>
                  Due: {formatUkDate(a.dueOn)}
                  {a.dueOn < today ? <strong className="overdue"> (overdue)</strong> : null}
                </span>
                <span>
                  From: {a.meetingTypeName}, {formatUkDate(a.meetingDate)}
                </span>
              </p>
              <ActionReview action={a} itemId={itemId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
