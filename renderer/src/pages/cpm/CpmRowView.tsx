import { formatUkDate } from '../../../../shared/domain/dates';
import type { CpmRow } from '../../../../shared/schemas/agenda';
import { personName } from '../../../../shared/domain/words';
import { bookButtonId } from './CpmBookForm';

/** One child's cells. Overdue is said in words (and shown as a tag), never by colour alone. */
/** `onBook` is left out where the person may not book (a team store role that does not prepare agendas). */
export function CpmRowView({ row, today, onBook }: { row: CpmRow; today: string; onBook?(): void }) {
  const overdue = row.dueDate !== null && row.dueDate < today;
  const name = personName(row);
  return (
    <>
      <th scope="row">
        <a href={`#/children/${row.childId}`}>
          {row.lastName}, {row.firstName}
        </a>
      </th>
      <td>{row.caseRef}</td>
      <td>{row.teamName ?? <span className="muted">No team</span>}</td>
      <td>
        {row.dueDate ? (
          <>
            {overdue ? <span className="tag tag--red">Overdue</span> : row.dueDate === today ? <span className="tag tag--blue">Due today</span> : null} {formatUkDate(row.dueDate)}
          </>
        ) : (
          <span className="muted">Not due</span>
        )}
      </td>
      <td>{row.reason ?? <span className="muted">—</span>}</td>
      <td>{row.lastCpm ? formatUkDate(row.lastCpm) : <span className="muted">None yet</span>}</td>
      <td>
        {row.booked ? (
          <>
            <a href={`#/meetings/${row.booked.meetingId}`}>
              {formatUkDate(row.booked.date)} at {row.booked.startTime}
              <span className="visually-hidden">: Care Planning Meeting for {name}</span>
            </a>
            {row.dueDate !== null && row.booked.date > row.dueDate ? <span className="tracker__sub">After the due date</span> : null}
          </>
        ) : row.missed ? (
          <>
            <span className="tag tag--red">Missed</span>{' '}
            <a href={`#/meetings/${row.missed.meetingId}`}>
              Booked for {formatUkDate(row.missed.date)}, not held
              <span className="visually-hidden">: Care Planning Meeting for {name}</span>
            </a>
          </>
        ) : (
          <span className="muted">Not booked</span>
        )}
      </td>
      <td>
        {onBook ? (
          <button id={bookButtonId(row.childId)} type="button" className="button button--small button--secondary" onClick={onBook}>
            Book
            <span className="visually-hidden"> a Care Planning Meeting for {name}</span>
          </button>
        ) : null}
      </td>
    </>
  );
}
