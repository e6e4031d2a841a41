import { formatUkDate } from '../../../../shared/domain/dates';
import { GENDER, LEGAL_STATUS, MEETING_KIND, PLACEMENT_TYPE } from '../../../../shared/domain/vocabulary';
import type { ChildDetail } from '../../../../shared/schemas/child';
import type { Person } from '../../../../shared/schemas/person';
import type { Team } from '../../../../shared/schemas/team';

/** The child at a glance: who they are, where they are, who is responsible, and what is due. */
export function ChildSummary({ detail, teams, people }: { detail: ChildDetail; teams: Team[]; people: Person[] }) {
  const c = detail.child;
  const personName = (id: number | null) => (id === null ? 'Not set' : (people.find((p) => p.id === id)?.name ?? 'Not set'));
  const rows: [string, string][] = [
    [c.isUnborn ? 'Expected date of delivery' : 'Date of birth', formatUkDate(c.dateOfBirth) || 'Not recorded'],
    ['Gender', c.gender ? GENDER.labels[c.gender] : 'Not recorded'],
    ['Ethnicity', c.ethnicity ?? 'Not recorded'],
    ['Legal status', LEGAL_STATUS.labels[c.legalStatus]],
    ['Date entered care', formatUkDate(c.dateEnteredCare) || 'Not in care'],
    ['Placement', c.placementType ? PLACEMENT_TYPE.labels[c.placementType] : 'Not recorded'],
    ['Team', c.teamId === null ? 'No team' : (teams.find((t) => t.id === c.teamId)?.name ?? 'No team')],
    ['Social worker', personName(c.socialWorkerId)],
    ['Team manager', personName(c.teamManagerId)],
    ['IRO', personName(c.iroId)],
  ];
  const review = detail.review;
  return (
    <div className="child-summary">
      <dl className="summary-list">
        {rows.map(([k, val]) => (
          <div key={k} className="summary-list__row">
            <dt>{k}</dt>
            <dd>{val}</dd>
          </div>
        ))}
      </dl>
      <div className="panel panel--due" aria-labelledby="due-title">
        <h2 id="due-title">What is due</h2>
        {review.proceedingsIssued ? (
          <p>
            Proceedings issued {formatUkDate(review.proceedingsIssued)}; week 26 is <strong>{formatUkDate(review.week26Date)}</strong>.
          </p>
        ) : null}
        {review.flags.map((f) => (
          <p key={f.message} className={`flag flag--${f.severity}`}>
            {f.message}
          </p>
        ))}
        {review.due.length === 0 ? (
          <p className="muted">Nothing is due under the review rules.</p>
        ) : (
          <ul className="due-list">
            {review.due.map((d) => (
              <li key={`${d.rule}-${d.date}`}>
                <strong>{formatUkDate(d.date)}</strong> {MEETING_KIND.labels[d.kind]}
                {d.date < review.today ? <span className="tag tag--red">Overdue</span> : null}
                <span className="tracker__sub">{d.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
