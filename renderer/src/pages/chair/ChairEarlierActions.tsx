import { formatUkDate } from '../../../../shared/domain/dates';
import { ACTION_REVIEW } from '../../../../shared/domain/minutes-vocabulary';
import type { EarlierAction } from '../../../../shared/schemas/actions';
import { dueWords } from '../actions/action-words';

/** Actions from earlier meetings still open for these children, with this meeting's review of each once it is made. */
export function ChairEarlierActions({ actions, today }: { actions: EarlierAction[]; today: string }) {
  return (
    <section className="chair-section" aria-labelledby="chair-earlier-title">
      <h3 id="chair-earlier-title">Open actions from earlier meetings</h3>
      {actions.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="table chair-actions">
          <caption className="visually-hidden">Open actions from earlier meetings for the children being discussed</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Reviewed at this meeting</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => {
              const due = dueWords(a.dueOn, today, a.status);
              return (
                <tr key={a.id}>
                  <th scope="row">
                    {a.text}
                    <span className="chair-actions__from">
                      From {a.meetingTypeName}, {formatUkDate(a.meetingDate)}
                    </span>
                  </th>
                  <td>{a.ownerName}</td>
                  <td>
                    {formatUkDate(a.dueOn)}
                    {due ? <span className={`tag ${due.overdue ? 'tag--red' : 'tag--blue'} chair-actions__due`}>{due.text}</span> : null}
                  </td>
                  <td>
                    {a.review ? (
                      <>
                        <strong>{ACTION_REVIEW.labels[a.review.outcome]}</strong>
                        {a.review.newDueOn ? `, now due ${formatUkDate(a.review.newDueOn)}` : ''}
                        {a.review.note ? <span className="chair-actions__note">{a.review.note}</span> : null}
                      </>
                    ) : (
                      <span className="muted">Not yet</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
