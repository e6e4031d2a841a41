import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_STATUS, MEETING_KIND, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import type { TrackerRow } from '../../../../shared/schemas/tracker';
import { RagTag, RagTrend } from '../../components/RagTag';

/** Flags about the plan itself sit with the plan; the rest with what is due. */
const PLAN_FLAGS = new Set(['plan-differs', 'plan-to-be-ratified']);

function Flag({ flag }: { flag: TrackerRow['flags'][number] }) {
  return <span className={`flag flag--${flag.severity}`}>{flag.message}</span>;
}

/** One child on the tracker. Cells stay short; the child's page has the full story. */
export function TrackerRowView({ row, index }: { row: TrackerRow; index: number }) {
  const planFlags = row.flags.filter((f) => f.rule !== undefined && PLAN_FLAGS.has(f.rule));
  const otherFlags = row.flags.filter((f) => f.rule === undefined || !PLAN_FLAGS.has(f.rule));
  return (
    <>
      <th scope="row" className="tracker__child">
        <a href={`#/children/${row.childId}`} className="tracker__link" data-row={index}>
          {row.lastName}, {row.firstName}
        </a>
        <span className="tracker__ref">{row.caseRef}</span>
      </th>
      <td>
        {row.teamName ?? '—'}
        <span className="tracker__sub">{row.socialWorkerName ?? 'No social worker'}</span>
      </td>
      <td>{LEGAL_STATUS.labels[row.legalStatus]}</td>
      <td>
        {row.proceedingsIssued ? (
          <>
            Week {row.weeksSinceIssue}
            <span className="tracker__sub">26: {formatUkDate(row.week26Date)}</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {row.primaryPlan ? PERMANENCE_OPTION.labels[row.primaryPlan] : <span className="muted">No plan</span>}
        {row.parallelPlans.length > 0 ? <span className="tracker__sub">Also: {row.parallelPlans.map((p) => PERMANENCE_OPTION.labels[p]).join('; ')}</span> : null}
        {planFlags.map((f) => (
          <Flag key={f.message} flag={f} />
        ))}
      </td>
      <td>
        <span className="tracker__rag">
          <RagTag rating={row.rag} />
          {row.trend.length > 1 ? <RagTrend trend={row.trend} /> : null}
        </span>
        {row.ragReason ? <span className="tracker__reason">{row.ragReason}</span> : null}
      </td>
      <td>{row.lastDiscussed ? <>{formatUkDate(row.lastDiscussed.date)}<span className="tracker__sub">{MEETING_KIND.labels[row.lastDiscussed.kind]}</span></> : <span className="muted">Never</span>}</td>
      <td>
        {row.nextDue ? (
          <>
            {row.overdue ? <span className="tag tag--red">Overdue</span> : null} {formatUkDate(row.nextDue.date)}
            <span className="tracker__sub">{row.nextDue.reason}</span>
          </>
        ) : (
          <span className="muted">Nothing due</span>
        )}
        {otherFlags.map((f) => (
          <Flag key={f.message} flag={f} />
        ))}
      </td>
    </>
  );
}
