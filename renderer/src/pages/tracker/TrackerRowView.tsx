import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_STATUS, MEETING_KIND, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import { personName } from '../../../../shared/domain/words';
import type { TrackerRow } from '../../../../shared/schemas/tracker';
import { RagTag, RagTrend } from '../../components/RagTag';

/** A label without its bracketed explanation, for a compact row: "Section 20", not "Section 20 (accommodated by agreement)". */
function short(label: string, compact: boolean): string {
  return compact ? label.replace(/\s*\(.*\)$/, '') : label;
}

/** Everything a compact row leaves out, in words: shown on hover (the row's title) and below the list for the row with the keyboard. */
export function rowDetails(row: TrackerRow): string {
  const parts = [
    `${personName(row)} (${row.caseRef})`,
    `${row.teamName ?? 'No team'}, ${row.socialWorkerName ?? 'no social worker'}`,
    LEGAL_STATUS.labels[row.legalStatus],
    row.proceedingsIssued ? `Week ${row.weeksSinceIssue} of proceedings, week 26 on ${formatUkDate(row.week26Date)}` : null,
    row.primaryPlan ? `Plan: ${[row.primaryPlan, ...row.parallelPlans].map((p) => PERMANENCE_OPTION.labels[p]).join('; ')}` : 'No plan',
    row.rag ? `RAG ${row.rag}${row.ragReason ? `: ${row.ragReason}` : ''}` : 'Not rated',
    row.nextDue ? `${row.overdue ? 'Overdue: ' : 'Next: '}${row.nextDue.reason}, ${formatUkDate(row.nextDue.date)}` : 'Nothing due',
    ...row.flags.map((f) => f.message),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Flags about the plan itself sit with the plan; the rest with what is due. */
const PLAN_FLAGS = new Set(['plan-differs', 'plan-to-be-ratified']);

function Flag({ flag }: { flag: TrackerRow['flags'][number] }) {
  return <span className={`flag flag--${flag.severity}`}>{flag.message}</span>;
}

/** One child on the tracker. Cells stay short; the child's page has the full story. */
export function TrackerRowView({ row, index, compact = false }: { row: TrackerRow; index: number; compact?: boolean }) {
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
      <td>{short(LEGAL_STATUS.labels[row.legalStatus], compact)}</td>
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
        {row.primaryPlan ? short(PERMANENCE_OPTION.labels[row.primaryPlan], compact) : <span className="muted">No plan</span>}
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
        {compact && row.flags.length > 0 ? (
          <span className="tracker__flag-count" aria-hidden="true">
            {' '}⚑ {row.flags.length}
          </span>
        ) : null}
        {otherFlags.map((f) => (
          <Flag key={f.message} flag={f} />
        ))}
      </td>
    </>
  );
}
