import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_STATUS, PERMANENCE_OPTION } from '../../../../shared/domain/vocabulary';
import type { AgendaChild } from '../../../../shared/schemas/agenda';
import type { ChildGlance, MinuteItem } from '../../../../shared/schemas/minutes';
import { personName } from '../../../../shared/domain/words';
import { RagTag } from '../../components/RagTag';

function planWords(plan: ChildGlance['plan']): string {
  if (!plan || (!plan.primary && plan.parallel.length === 0)) return 'No plan recorded';
  const primary = plan.primary ? PERMANENCE_OPTION.labels[plan.primary] : 'No primary plan';
  const parallel = plan.parallel.map((p) => PERMANENCE_OPTION.labels[p]);
  return parallel.length ? `${primary}; parallel: ${parallel.join(', ')}` : primary;
}

/** What the chair needs about one child at a glance: status, plan, the last rating and its reason, and the rating being recorded now. */
export function ChairChild({ child, glance, rating }: { child: AgendaChild; glance: ChildGlance | undefined; rating: MinuteItem['ratings'][number] | undefined }) {
  return (
    <section className="chair-child" aria-labelledby={`chair-child-${child.id}`}>
      <h3 id={`chair-child-${child.id}`} className="chair-child__name">
        {personName(child)} <span className="chair-child__ref">{child.caseRef}</span>
      </h3>
      <dl className="chair-facts">
        {child.teamName || child.socialWorkerName ? (
          <div className="chair-facts__row">
            <dt>Team and social worker</dt>
            <dd>{[child.teamName, child.socialWorkerName].filter(Boolean).join(', ')}</dd>
          </div>
        ) : null}
        <div className="chair-facts__row">
          <dt>Legal status</dt>
          <dd>{glance ? LEGAL_STATUS.labels[glance.legalStatus] : 'Not known'}</dd>
        </div>
        <div className="chair-facts__row">
          <dt>Plan</dt>
          <dd>{planWords(glance?.plan ?? null)}</dd>
        </div>
        {glance?.week26Date ? (
          <div className="chair-facts__row">
            <dt>Week 26</dt>
            <dd>{formatUkDate(glance.week26Date)}</dd>
          </div>
        ) : null}
        <div className="chair-facts__row">
          <dt>Last RAG</dt>
          <dd>
            {glance?.lastRag ? (
              <>
                <RagTag rating={glance.lastRag.rating} /> on {formatUkDate(glance.lastRag.ratedOn)}
                <span className="chair-facts__reason">{glance.lastRag.reason}</span>
              </>
            ) : (
              'Not rated before'
            )}
          </dd>
        </div>
        <div className="chair-facts__row chair-facts__row--now">
          <dt>RAG at this meeting</dt>
          <dd>
            {rating?.rating ? <RagTag rating={rating.rating} /> : 'Not rated yet'}
            {rating?.reason.trim() ? <span className="chair-facts__reason">{rating.reason}</span> : rating?.rating ? <span className="chair-facts__reason muted">No reason recorded yet</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
