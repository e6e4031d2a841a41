import { formatUkDate } from '../../../../shared/domain/dates';
import type { MeetingDetail } from '../../../../shared/schemas/agenda';
import { personName } from '../../../../shared/domain/words';

import type { Agenda } from './use-agenda';
import { focusSoon } from '../../components/focus-soon';

/** Children the review engine says are due who are not on the agenda: never silently left off. */
export function SuggestionsPanel({ detail, agenda }: { detail: MeetingDetail; agenda: Agenda }) {
  if (detail.dueBy === null) return null;
  const team = detail.meeting.teamName;
  return (
    <section className="section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" tabIndex={-1}>
        Due but not fitted ({detail.suggestions.length})
      </h2>
      <p className="muted">
        {team ? `${team} children` : 'Children'} the review rules say are due for this meeting by {formatUkDate(detail.dueBy)}
        {detail.meeting.seriesId !== null && team ? ', the day before the team’s next turn' : ''}, who are not on the agenda. The proposal fills the session most urgent first (the longest
        overdue, then red plans, then the nearest week 26); the rest are listed here, most urgent first, for you to add by hand.
      </p>
      {detail.suggestions.length === 0 ? (
        <p className="empty">Every child who is due is on the agenda.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Children due who are not fitted on the agenda</caption>
          <thead>
            <tr>
              <th scope="col">Child</th>
              <th scope="col">Due</th>
              <th scope="col">Reason</th>
              <th scope="col">
                <span className="visually-hidden">Add</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.suggestions.map((s) => (
              <tr key={s.childId}>
                <th scope="row">
                  <a href={`#/children/${s.childId}`}>{personName(s)}</a> <span className="agenda__ref">{s.caseRef}</span>
                </th>
                <td>{formatUkDate(s.dueDate)}</td>
                <td>{s.reason}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={`Add ${personName(s)} to the agenda`}
                    onClick={() =>
                      void agenda
                        .run('agenda.add', { meetingId: detail.meeting.id, childId: s.childId }, `${personName(s)} added to the agenda.`)
                        // The row goes with the button: the keyboard stays in this list.
                        .then((ok) => ok && focusSoon('suggestions-title'))
                    }
                  >
                    Add
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
