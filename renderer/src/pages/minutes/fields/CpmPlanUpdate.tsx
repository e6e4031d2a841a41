import { useState } from 'react';
import { useMutation } from '../../../api/use-mutation';
import { useProcedure } from '../../../api/use-procedure';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAutosaveStore } from '../../../components/use-autosave';
import { useMinutesContext } from '../minutes-context';
import { usePendingFocus } from '../use-pending-focus';
import { ChildChanges } from './ChildChanges';

/**
 * Once the meeting has closed, what it agreed (primary and parallel options, legal order
 * sought) is offered to each child's plan: the changes are listed, and nothing is written
 * until the person confirms them, as with the Legal Gateway decision.
 */
export function CpmPlanUpdate({ itemId }: { itemId: number }) {
  const { status } = useMinutesContext();
  if (status === 'planned' || status === 'in_progress') {
    return <p className="field__hint">Once the meeting closes, the plan agreed here is offered to the child’s record for you to confirm.</p>;
  }
  return <PlanOffer itemId={itemId} />;
}

function PlanOffer({ itemId }: { itemId: number }) {
  const { announce, refetch } = useMinutesContext();
  const store = useAutosaveStore();
  const preview = useProcedure('cpm.planPreview', { itemId });
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<string>();
  const applying = useMutation({ fallback: 'The child’s plan could not be updated.' });
  const focusLater = usePendingFocus();
  const idBase = `cpm-plan-${itemId}`;

  async function checkAgain() {
    setError(undefined);
    // What the minutes say now, everything typed included.
    await store.flushAll();
    setDismissed(false);
    void preview.reload();
  }

  async function apply() {
    if (!preview.data) return;
    setError(undefined);
    const sent = await applying.run('cpm.planApply', { itemId, token: preview.data.token });
    if (!sent.ok) return setError(sent.error.message);
    announce(`The plan on the record of ${sent.value.children.map((c) => c.childName).join(' and ')} has been updated.`);
    void preview.reload();
    await refetch();
    focusLater(`${idBase}-title`);
  }

  const pending = preview.data?.children.filter((c) => c.changes.length > 0) ?? [];
  // Nothing agreed (no primary plan recorded) is said in the core's words; anything else is not the minute-taker's to act on here.
  const problem = preview.error?.code === 'CONFLICT' ? preview.error.message : undefined;
  return (
    <div className="cpm-plan" role="region" aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`} tabIndex={-1}>
        The child’s plan
      </h4>
      {problem ? <p className="muted">{problem}</p> : null}
      {!problem && preview.data && pending.length === 0 ? <p className="muted">The plan on the child’s record already says what this meeting agreed.</p> : null}
      {!problem && pending.length > 0 && dismissed ? (
        <p>
          The plan agreed here is not on the child’s record yet.{' '}
          <button type="button" className="button button--small button--secondary" onClick={() => setDismissed(false)}>
            Show the changes
          </button>
        </p>
      ) : null}
      {!problem && pending.length > 0 && !dismissed ? (
        <div className="panel panel--wide warning-panel">
          <p className="minutes-strong">This meeting agreed a plan that differs from the child’s record. Confirm to change the record:</p>
          <ChildChanges records={pending} />
          <div className="button-row">
            <button id={`${idBase}-apply`} type="button" className="button" onClick={() => void apply()}>
              Change the child’s plan
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDismissed(true)}>
              Not now
            </button>
            <button type="button" className="button button--secondary" onClick={() => void checkAgain()}>
              Check again
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage text={error} />
    </div>
  );
}
