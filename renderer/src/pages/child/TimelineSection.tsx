import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import type { ChildDetail } from '../../../../shared/schemas/child';
import { RagTag } from '../../components/RagTag';
import { reviewWords } from './CicReviewsSection';

interface Entry {
  date: string;
  key: string;
  content: React.ReactNode;
}

/** Everything that has happened for the child, newest first. Meetings and actions join it as they are recorded. */
export function TimelineSection({ detail }: { detail: ChildDetail }) {
  const today = detail.review.today;
  const entries: Entry[] = [
    ...detail.ratings.map((r) => ({ date: r.ratedOn, key: `rag-${r.id}`, content: <><RagTag rating={r.rating} small /> {r.reason}</> })),
    ...detail.planHistory.map((p) => ({
      date: p.agreedOn ?? p.recordedAt.slice(0, 10),
      key: `plan-${p.id}`,
      content: <>Permanence plan: {p.primaryOption ? PERMANENCE_OPTION.labels[p.primaryOption] : 'no primary option'}{p.parallelOptions.length ? `, in parallel with ${p.parallelOptions.map((o) => PERMANENCE_OPTION.labels[o]).join('; ')}` : ''}{p.meetingId !== null ? ' (agreed at the Care Planning Meeting)' : ''}</>,
    })),
    ...detail.planHistory.flatMap((p, i) => {
      // A ratification is an event once: on the version that first carried it.
      const older = detail.planHistory[i + 1];
      if (!p.gmRatifiedOn || (older && older.gmRatifiedOn === p.gmRatifiedOn)) return [];
      return [{ date: p.gmRatifiedOn, key: `gm-${p.id}`, content: <>Final plan ratified by the Group Manager ({p.gmRatifiedBy})</> }];
    }),
    ...detail.cicReviews.map((r) => ({ date: r.heldOn, key: `cic-${r.id}`, content: <>{reviewWords(r.ordinal)}: Child in Care review held{r.iroName ? ` (IRO ${r.iroName})` : ''}</> })),
    ...detail.escalations.flatMap((e) => [
      { date: e.raisedOn, key: `esc-${e.id}`, content: <>Escalated to the Group Manager{e.groupManagerName ? ` (${e.groupManagerName})` : ''} by {e.raisedBy}: {e.reason}</> },
      ...(e.closedOn ? [{ date: e.closedOn, key: `esc-closed-${e.id}`, content: <>Escalation closed{e.closedNote ? `: ${e.closedNote}` : ''}</> }] : []),
    ]),
    ...detail.keyDates.filter((k) => k.date <= today).map((k) => ({ date: k.date, key: `kd-${k.id}`, content: <>{KEY_DATE_TYPE.labels[k.type]}{k.decision ? `: ${LGP_DECISION.labels[k.decision]}` : ''}{k.label ? ` (${k.label})` : ''}</> })),
    ...detail.meetings.map((m, i) => ({ date: m.date, key: `m-${i}`, content: <>Discussed at {MEETING_KIND.labels[m.kind]}</> })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section aria-labelledby="timeline-title" className="section">
      <h2 id="timeline-title">Timeline</h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.key}>
              <span className="timeline__date">{formatUkDate(e.date)}</span> {e.content}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
