import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LEGAL_STATUS, MEETING_KIND, PERMANENCE_OPTION, type KeyDateType } from '../../../../shared/domain/vocabulary';
import type { AgendaChild } from '../../../../shared/schemas/agenda';
import type { ChildGlance as Glance } from '../../../../shared/schemas/minutes';
import { personName } from '../../../../shared/domain/words';
import { RagTag } from '../../components/RagTag';

function keyDateLabel(type: string, label: string | null): string {
  const known = (KEY_DATE_TYPE.labels as Record<string, string>)[type as KeyDateType] ?? type;
  return label ? `${known} (${label})` : known;
}

/** What the panel needs in front of it about one child before discussing them. */
export function ChildGlance({ glance, child }: { glance: Glance; child: AgendaChild | undefined }) {
  const name = child ? personName(child) : 'Child';
  const plan = glance.plan;
  return (
    <div className="glance">
      <h4 className="glance__name">
        {child ? <a href={`#/children/${child.id}`}>{name}</a> : name} {child ? <span className="glance__ref">{child.caseRef}</span> : null}
      </h4>
      {child && (child.teamName || child.socialWorkerName) ? (
        <p className="glance__sub">{[child.teamName, child.socialWorkerName ? `Social worker: ${child.socialWorkerName}` : null].filter(Boolean).join(' · ')}</p>
      ) : null}
      <dl className="glance__list">
        <div>
          <dt>Legal status</dt>
          <dd>{LEGAL_STATUS.labels[glance.legalStatus]}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>
            {plan && (plan.primary || plan.parallel.length) ? (
              <>
                {plan.primary ? PERMANENCE_OPTION.labels[plan.primary] : 'No primary plan'}
                {plan.parallel.length ? <span className="glance__parallel">Parallel: {plan.parallel.map((p) => PERMANENCE_OPTION.labels[p]).join(', ')}</span> : null}
              </>
            ) : (
              'None recorded'
            )}
          </dd>
        </div>
        <div>
          <dt>Last RAG</dt>
          <dd>
            {glance.lastRag ? (
              <>
                <RagTag rating={glance.lastRag.rating} small /> on {formatUkDate(glance.lastRag.ratedOn)}
                <span className="glance__reason">{glance.lastRag.reason}</span>
              </>
            ) : (
              'Not rated yet'
            )}
          </dd>
        </div>
        <div>
          <dt>Last discussed</dt>
          <dd>{glance.lastDiscussed ? `${MEETING_KIND.labels[glance.lastDiscussed.kind]}, ${formatUkDate(glance.lastDiscussed.date)}` : 'Not discussed before'}</dd>
        </div>
        {glance.dateEnteredCare ? (
          <div>
            <dt>Entered care</dt>
            <dd>{formatUkDate(glance.dateEnteredCare)}</dd>
          </div>
        ) : null}
        {glance.week26Date ? (
          <div>
            <dt>Week 26</dt>
            <dd>{formatUkDate(glance.week26Date)}</dd>
          </div>
        ) : null}
        {glance.keyDates.length ? (
          <div>
            <dt>Key dates</dt>
            <dd>
              <ul className="glance__dates">
                {glance.keyDates.map((d, i) => (
                  <li key={i}>
                    {formatUkDate(d.date)}: {keyDateLabel(d.type, d.label)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
