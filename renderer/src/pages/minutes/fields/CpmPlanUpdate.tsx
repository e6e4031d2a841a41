import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../../../../shared/contract';
import { call, errorMessage } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAutosaveStore } from '../../../components/use-autosave';
import { useMinutesContext } from '../minutes-context';
import { usePendingFocus } from '../use-pending-focus';

type Preview = ProcedureOutput<'cpm.planPreview'>;

/**
 * Once the meeting has closed, what it agreed (primary and parallel options, legal order
 * sought) is offered to each child's plan: the changes are listed, and nothing is written
 * until the person confirms them, as with the Legal Gateway decision.
 */
export function CpmPlanUpdate({ itemId }: { itemId: number }) {
  const { status, announce, refetch } = useMinutesContext();
  const store = useAutosaveStore();
  const [preview, setPreview] = useState<Preview>();
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<string>();
  const focusLater = usePendingFocus();
  const idBase = `cpm-plan-${itemId}`;
  const closed = status !== 'planned' && status !== 'in_progress';

  const check = useCallback(async () => {
    setError(undefined);
    try {
      // What the minutes say now, everything typed included.
      await store.flushAll();
      setPreview(await call('cpm.planPreview', { itemId }));
      setDismissed(false);
    } catch (err) {
      setPreview(undefined);
      setError(errorMessage(err, 'What the meeting agreed could not be compared with the child’s plan.'));
    }
  }, [itemId, store]);

  useEffect(() => {
    if (closed) void check();
  }, [closed, check]);

  if (!closed) return <p className="field__hint">Once the meeting closes, the plan agreed here is offered to the child’s record for you to confirm.</p>;

  async function apply() {
    if (!preview) return;
    setError(undefined);
    try {
      const done = await call('cpm.planApply', { itemId, token: preview.token });
      announce(`The plan on the record of ${done.children.map((c) => c.childName).join(' and ')} has been updated.`);
      await check();
      await refetch();
      focusLater(`${idBase}-title`);
    } catch (err) {
      setError(errorMessage(err, 'The child’s plan could not be updated.'));
    }
  }

  const pending = preview?.children.filter((c) => c.changes.length > 0) ?? [];
  return (
    <div className="cpm-plan" role="region" aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`} tabIndex={-1}>
        The child’s plan
      </h4>
      {preview && pending.length === 0 ? <p className="muted">The plan on the child’s record already says what this meeting agreed.</p> : null}
      {pending.length > 0 && dismissed ? (
        <p>
          The plan agreed here is not on the child’s record yet.{' '}
          <button type="button" className="button button--small button--secondary" onClick={() => setDismissed(false)}>
            Show the changes
          </button>
        </p>
      ) : null}
      {pending.length > 0 && !dismissed ? (
        <div className="panel panel--wide warning-panel">
          <p className="minutes-strong">This meeting agreed a plan that differs from the child’s record. Confirm to change the record:</p>
          {pending.map((c) => (
            <div key={c.childId}>
              <p className="minutes-strong">{c.childName}</p>
              <ul>
                {c.changes.map((change, i) => (
                  <li key={i}>{change}</li>
                ))}
              </ul>
            </div>
          ))}
          <div className="button-row">
            <button id={`${idBase}-apply`} type="button" className="button" onClick={() => void apply()}>
              Change the child’s plan
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDismissed(true)}>
              Not now
            </button>
            <button type="button" className="button button--secondary" onClick={() => void check()}>
              Check again
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage text={error} />
    </div>
  );
}
