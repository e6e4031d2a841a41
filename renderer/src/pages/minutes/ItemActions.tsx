import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ActionRow } from '../../../../shared/schemas/actions';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePendingFocus } from './use-pending-focus';
import { ActionForm } from './ActionForm';
import { useMinutesContext } from './minutes-context';

/** Which row of the SMART plan an action was made from, by its number and outcome. */
function fromPlanWords(item: MinuteItem, planRow: string): string {
  const rows = item.values.smartPlan ?? [];
  const index = rows.findIndex((r) => r.key === planRow);
  if (index < 0) return 'From a row of the plan since removed';
  const outcome = rows[index]!.outcome.trim();
  return `From row ${index + 1} of the plan${outcome ? `: ${outcome.length > 80 ? `${outcome.slice(0, 77)}…` : outcome}` : ''}`;
}

/** The actions agreed at this item: listed with change and remove, and a form to add the next one. */
export function ItemActions({ item }: { item: MinuteItem }) {
  const { people, refetch, announce, readOnly } = useMinutesContext();
  const [editing, setEditing] = useState<number>();
  const [removing, setRemoving] = useState<number>();
  const [error, setError] = useState<string>();
  const removeAction = useMutation({ fallback: 'The action could not be removed.' });
  // A new add form (empty, due date back to the default) after each action is added.
  const [generation, setGeneration] = useState(0);
  const focusLater = usePendingFocus();
  const base = `actions-${item.itemId}`;
  const addBase = `${base}-new`;

  async function added(row: ActionRow) {
    setGeneration((g) => g + 1);
    announce(`Action added for ${row.ownerName}, due ${formatUkDate(row.dueOn)}.`);
    focusLater(`${addBase}-text`);
    await refetch();
  }

  async function remove(action: ActionRow, index: number) {
    setError(undefined);
    const sent = await removeAction.run('actions.remove', { id: action.id });
    if (!sent.ok) return setError(sent.error.message);
    setRemoving(undefined);
    announce('Action removed.');
    await refetch();
    const others = item.actions.filter((a) => a.id !== action.id);
    const next = others[Math.min(index, others.length - 1)];
    focusLater(next ? `${base}-change-${next.id}` : `${addBase}-text`);
  }

  return (
    <section className="item-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>Actions agreed</h3>
      <ErrorMessage text={error} />
      {item.actions.length === 0 ? (
        <p className="empty">No actions yet.</p>
      ) : (
        <ol className="item-actions">
          {item.actions.map((a, index) => (
            <li key={a.id} className="item-action">
              {editing === a.id ? (
                <ActionForm
                  idBase={`${base}-edit-${a.id}`}
                  itemId={item.itemId}
                  people={people}
                  defaultDueOn={item.defaultActionDueOn}
                  action={a}
                  onSaved={() => {
                    setEditing(undefined);
                    announce('Action saved.');
                    focusLater(`${base}-change-${a.id}`);
                    void refetch();
                  }}
                  onCancel={() => {
                    setEditing(undefined);
                    focusLater(`${base}-change-${a.id}`);
                  }}
                />
              ) : (
                <>
                  <p className="item-action__text">{a.text}</p>
                  {a.planRow ? <p className="item-action__from">{fromPlanWords(item, a.planRow)}</p> : null}
                  <p className="item-action__meta">
                    <span>Owner: {a.ownerName}</span>
                    <span>Due: {formatUkDate(a.dueOn)}</span>
                  </p>
                  {readOnly ? null : removing === a.id ? (
                    <div className="button-row button-row--tight" role="group" aria-label="Remove this action?">
                      <span className="item-action__confirm">Remove this action?</span>
                      <button id={`${base}-confirm-${a.id}`} type="button" className="button button--small button--warning" onClick={() => void remove(a, index)}>
                        Yes, remove it
                      </button>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => {
                          setRemoving(undefined);
                          focusLater(`${base}-remove-${a.id}`);
                        }}
                      >
                        Keep it
                      </button>
                    </div>
                  ) : (
                    <div className="button-row button-row--tight">
                      <button
                        id={`${base}-change-${a.id}`}
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={`Change the action: ${a.text}`}
                        onClick={() => {
                          setEditing(a.id);
                          focusLater(`${base}-edit-${a.id}-text`);
                        }}
                      >
                        Change
                      </button>
                      <button
                        id={`${base}-remove-${a.id}`}
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={`Remove the action: ${a.text}`}
                        onClick={() => {
                          setRemoving(a.id);
                          focusLater(`${base}-confirm-${a.id}`);
                        }}
                      >
                        Remove
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div className="action-add">
          <h4 className="action-add__title">Add an action</h4>
          <ActionForm key={generation} idBase={addBase} itemId={item.itemId} people={people} defaultDueOn={item.defaultActionDueOn} onSaved={(row) => void added(row)} />
        </div>
      )}
    </section>
  );
}
