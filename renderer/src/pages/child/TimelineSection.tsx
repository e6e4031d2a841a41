import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LGP_DECISION, MEETING_KIND, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import type { ChildDetail } from '../../../../shared/schemas/child';
import { RagTag } from '../../components/RagTag';

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
      date: p.recordedAt.slice(0, 10),
      key: `plan-${p.id}`,
      content: <>Permanence plan: {p.primaryOption ? PERMANENCE_OPTION.labels[p.primaryOption] : 'no primary option'}{p.parallelOptions.length ? `, in parallel with ${p.parallelOptions.map((o) => PERMANENCE_OPTION.labels[o]).join('; ')}` : ''}</>,
    })),
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
