import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { LEGAL_ORDER_SOUGHT, PERMANENCE_OPTION, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import { planInput, planRatifyInput, type ChildDetail } from '../../../../shared/schemas/child';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { NotAllowed, useMay } from '../../team-mode';

const OPTION_LIST = PERMANENCE_OPTION.values.map((v) => ({ value: v, label: PERMANENCE_OPTION.labels[v] }));
const IDS = { primaryOption: 'plan-primary', parallelOptions: 'plan-parallel-reunification', legalOrderSought: 'plan-order', ratifiedOn: 'plan-ratified-on', ratifiedAt: 'plan-ratified-at', notes: 'plan-notes' };

/** The review engine's flags about the plan itself: a change to be ratified, or a plan that differs from the latest meeting. */
const PLAN_FLAGS = new Set(['plan-differs', 'plan-to-be-ratified']);

export function PlanSection({ detail, groupManagerName, onChanged }: { detail: ChildDetail; groupManagerName: string | null; onChanged(message: string): void }) {
  const [editing, setEditing] = useState<'plan' | 'ratify'>();
  // Changing a plan is the coordinator's or a chair's (as the team store grants it).
  const editPlans = useMay('editPlans');
  const plan = detail.plan;
  const flags = detail.review.flags.filter((f) => f.rule !== undefined && PLAN_FLAGS.has(f.rule));
  return (
    <section aria-labelledby="plan-title" className="section">
      <h2 id="plan-title">Permanence plan</h2>
      {plan ? (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Primary option</dt>
            <dd>{plan.primaryOption ? PERMANENCE_OPTION.labels[plan.primaryOption] : 'Not decided'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Parallel options</dt>
            <dd>{plan.parallelOptions.length ? plan.parallelOptions.map((p) => PERMANENCE_OPTION.labels[p]).join('; ') : 'None'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Legal order sought</dt>
            <dd>{plan.legalOrderSought ? LEGAL_ORDER_SOUGHT.labels[plan.legalOrderSought] : 'Not recorded'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Agreed</dt>
            <dd>
              {plan.agreedOn ? formatUkDate(plan.agreedOn) : formatUkDate(plan.recordedAt.slice(0, 10))}
              {plan.meetingId !== null ? (
                <>
                  {' '}
                  at the <a href={`#/meetings/${plan.meetingId}`}>Care Planning Meeting</a>
                </>
              ) : null}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>Ratified</dt>
            <dd>{plan.ratifiedOn ? `${formatUkDate(plan.ratifiedOn)}${plan.ratifiedAt ? ` at ${plan.ratifiedAt}` : ''}` : 'Not yet ratified'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Final plan ratified by the Group Manager</dt>
            <dd>{plan.gmRatifiedBy && plan.gmRatifiedOn ? `${plan.gmRatifiedBy} on ${formatUkDate(plan.gmRatifiedOn)}` : 'Not yet'}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">No permanence plan recorded yet.</p>
      )}
      {flags.map((f) => (
        <p key={f.message} className={`flag flag--${f.severity}`}>
          {f.message}
        </p>
      ))}
      {editing === 'plan' ? (
        <PlanForm
          detail={detail}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onChanged('Permanence plan saved.');
          }}
        />
      ) : editing === 'ratify' && plan ? (
        <RatifyForm
          detail={detail}
          planId={plan.id}
          groupManagerName={groupManagerName}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onChanged('The Group Manager’s ratification is recorded on the plan.');
          }}
        />
      ) : !editPlans.allowed ? (
        <NotAllowed permission={editPlans} />
      ) : (
        <div className="button-row button-row--tight">
          <button id="change-plan" type="button" className="button button--secondary" onClick={() => setEditing('plan')}>
            {plan ? 'Change the plan' : 'Record the plan'}
          </button>
          {plan?.primaryOption ? (
            <button id="ratify-plan" type="button" className="button button--secondary" onClick={() => setEditing('ratify')}>
              Record the Group Manager’s ratification
            </button>
          ) : null}
        </div>
      )}
      {detail.planHistory.length > 1 ? (
        <details className="history">
          <summary>Plan history ({detail.planHistory.length} versions)</summary>
          <ol className="history__list">
            {detail.planHistory.map((p) => (
              <li key={p.id}>
                <strong>{formatUkDate(p.agreedOn ?? p.recordedAt.slice(0, 10))}</strong>: {p.primaryOption ? PERMANENCE_OPTION.labels[p.primaryOption] : 'no primary option'}
                {p.parallelOptions.length ? `, with ${p.parallelOptions.map((o) => PERMANENCE_OPTION.labels[o]).join('; ')}` : ''}
                {p.meetingId !== null ? ', agreed at a Care Planning Meeting' : ''}
                {p.gmRatifiedBy && p.gmRatifiedOn ? `, ratified by ${p.gmRatifiedBy} on ${formatUkDate(p.gmRatifiedOn)}` : ''} <span className="muted">({p.recordedBy})</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function PlanForm({ detail, onSaved, onCancel }: { detail: ChildDetail; onSaved(): void; onCancel(): void }) {
  const current = detail.plan;
  const [primary, setPrimary] = useState<string>(current?.primaryOption ?? '');
  const [parallel, setParallel] = useState<PermanenceOption[]>(current?.parallelOptions ?? []);
  const [order, setOrder] = useState<string>(current?.legalOrderSought ?? '');
  const [ratifiedOn, setRatifiedOn] = useState<string | undefined>(current?.ratifiedOn ?? '');
  const [ratifiedAt, setRatifiedAt] = useState(current?.ratifiedAt ?? '');
  const [notes, setNotes] = useState(current?.notes ?? '');
  const formRef = useFormFocus<HTMLFormElement>('change-plan');
  const form = useSaveForm(
    planInput,
    () => ({
      childId: detail.child.id,
      primaryOption: (primary || null) as PermanenceOption | null,
      parallelOptions: parallel,
      legalOrderSought: (order || null) as never,
      ratifiedOn: ratifiedOn === undefined ? 'not a real date' : ratifiedOn,
      ratifiedAt,
      notes,
    }),
    async (input, send) => {
      await send('plans.set', input);
      onSaved();
    },
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="plan-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="plan-form-title">Change the permanence plan</h3>
      <p className="field__hint">The earlier plan is kept in the history. A change of option should be ratified at a Child in Care review.</p>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <SelectField id={IDS.primaryOption} label="Primary option" placeholder="Not decided" options={OPTION_LIST} value={primary} onChange={setPrimary} error={form.fieldErrors.primaryOption} />
      <fieldset className={`fieldset${form.fieldErrors.parallelOptions ? ' field--error' : ''}`}>
        <legend className="field__label">Parallel options (twin or triple tracking)</legend>
        {form.fieldErrors.parallelOptions ? <p className="field__error">{form.fieldErrors.parallelOptions}</p> : null}
        {OPTION_LIST.map((o) => (
          <div className="checkbox" key={o.value}>
            <input
              id={`plan-parallel-${o.value}`}
              type="checkbox"
              checked={parallel.includes(o.value)}
              disabled={o.value === primary}
              onChange={(e) => setParallel((p) => (e.target.checked ? [...p, o.value] : p.filter((x) => x !== o.value)))}
            />
            <label htmlFor={`plan-parallel-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <SelectField id={IDS.legalOrderSought} label="Legal order sought" optional placeholder="Not recorded" options={LEGAL_ORDER_SOUGHT.values.map((v) => ({ value: v, label: LEGAL_ORDER_SOUGHT.labels[v] }))} value={order} onChange={setOrder} error={form.fieldErrors.legalOrderSought} />
      <DateField id={IDS.ratifiedOn} label="Ratified on" optional value={current?.ratifiedOn ?? ''} onChange={setRatifiedOn} error={form.fieldErrors.ratifiedOn} />
      <TextField id={IDS.ratifiedAt} label="Ratified at" optional hint="For example: second Child in Care review, Legal Gateway Panel." value={ratifiedAt} onChange={setRatifiedAt} error={form.fieldErrors.ratifiedAt} />
      <div className="field">
        <label className="field__label" htmlFor={IDS.notes}>
          Notes <span className="field__optional">(optional)</span>
        </label>
        <textarea id={IDS.notes} className="textarea" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <FormFooter form={form} submitLabel={'Save the plan'} onCancel={onCancel} />
    </form>
  );
}

/** Walsall: the Group Manager ratifies the final permanence plan before the final evidence and care plan go to court. */
function RatifyForm({ detail, planId, groupManagerName, onSaved, onCancel }: { detail: ChildDetail; planId: number; groupManagerName: string | null; onSaved(): void; onCancel(): void }) {
  const [ratifiedBy, setRatifiedBy] = useState(groupManagerName ?? '');
  const [ratifiedOn, setRatifiedOn] = useState<string | undefined>(detail.review.today);
  const formRef = useFormFocus<HTMLFormElement>('ratify-plan');
  const form = useSaveForm(
    planRatifyInput,
    () => ({ childId: detail.child.id, planId, ratifiedBy, ratifiedOn: ratifiedOn || 'not a real date' }),
    async (input, send) => {
      await send('plans.ratifyFinal', input);
      onSaved();
    },
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="ratify-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="ratify-form-title">The Group Manager’s ratification of the final plan</h3>
      <p className="field__hint">Before the final evidence and care plan are filed to court.</p>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={{ ratifiedBy: 'ratify-by', ratifiedOn: 'ratify-on' }} /> : null}
      <TextField id="ratify-by" label="Group Manager" value={ratifiedBy} onChange={setRatifiedBy} error={form.fieldErrors.ratifiedBy} />
      <DateField id="ratify-on" label="Ratified on" value={detail.review.today} onChange={setRatifiedOn} error={form.fieldErrors.ratifiedOn} />
      <FormFooter form={form} submitLabel="Record the ratification" onCancel={onCancel} />
    </form>
  );
}
