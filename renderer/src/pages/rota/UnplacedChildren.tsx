import { formatUkDate } from '../../../../shared/domain/dates';
import { MEETING_KIND } from '../../../../shared/domain/vocabulary';
import { useProcedure } from '../../api/use-procedure';

/**
 * "Every child due must have somewhere to go": children due at a panel whose team has no
 * turn on any active rota of it. No agenda will propose them, so they are listed here
 * (and flagged on the tracker) until their team is given a turn or they are added by hand.
 */
export function UnplacedChildren() {
  const unplaced = useProcedure('rota.unplaced', undefined);
  if (!unplaced.data) return unplaced.error ? <p className="field__error">{unplaced.error.message}</p> : null;
  const { children } = unplaced.data;
  return (
    <section className="section" aria-labelledby="unplaced-title">
      <h2 id="unplaced-title">
        Due, no panel turn for this team ({children.length})
      </h2>
      {children.length === 0 ? (
        <p className="empty">Every child due at a panel has a team with a turn on its rota.</p>
      ) : (
        <>
          <p className="muted">
            These children are due at a panel, but their team has no turn on any rota of it, so no agenda will propose them. Give the team a turn (Edit series), or add the children to an
            agenda by hand.
          </p>
          <table className="table">
            <caption className="visually-hidden">Children due with no panel turn for their team</caption>
            <thead>
              <tr>
                <th scope="col">Child</th>
                <th scope="col">Team</th>
                <th scope="col">Panel</th>
                <th scope="col">Due</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {children.map((c) => (
                <tr key={c.childId}>
                  <th scope="row">
                    <a href={`#/children/${c.childId}`}>
                      {c.lastName}, {c.firstName}
                    </a>{' '}
                    <span className="agenda__ref">{c.caseRef}</span>
                  </th>
                  <td>{c.teamName ?? 'No team'}</td>
                  <td>{MEETING_KIND.labels[c.kind]}</td>
                  <td>{formatUkDate(c.dueDate)}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
