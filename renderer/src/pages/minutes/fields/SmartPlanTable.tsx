import { useState } from 'react';
import { formatUkDate } from '../../../../../shared/domain/dates';
import { actionFromPlanRow } from '../../../../../shared/minutes/plan-row-action';
import { SMART_COLUMNS } from '../../../../../shared/minutes/smart-plan';
import type { AgendaItem } from '../../../../../shared/schemas/agenda';
import type { ActionRow } from '../../../../../shared/schemas/actions';
import type { MinuteItem, MinuteValues } from '../../../../../shared/schemas/minutes';
import { focusSoon } from '../../../components/focus-soon';
import { ActionForm } from '../ActionForm';
import { useMinutesContext } from '../minutes-context';
import { type RowCells, RowTable } from './RowTable';

type Row = NonNullable<MinuteValues['smartPlan']>[number];

const EMPTY = { outcome: '', measure: '', actions: '', byWhom: '', timescale: '' };

/** A row's own key, made when the row is: it ties an action made from the row to it whatever happens to the rows around it. */
function newRowKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `r${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

interface Tracking {
  key: string;
  index: number;
  row: Row;
}

/**
 * The plan written SMART, in Newham's columns from the one definition the Word record uses.
 * Every cell is free text that wraps and grows, so a row is as tall as its longest cell. A
 * row's action becomes a tracked action from the row itself, drafted from what the row says.
 */
export function SmartPlanTable({ item, agendaItem, label, hint }: { item: MinuteItem; agendaItem: AgendaItem; label: string; hint?: string }) {
  const { people, meetingDate, refetch, announce } = useMinutesContext();
  const [tracking, setTracking] = useState<Tracking | null>(null);
  const trackedBy = new Map(item.actions.flatMap((a) => (a.planRow ? [[a.planRow, a] as const] : [])));
  const base = `item-${item.itemId}-smartPlan`;

  async function startTracking(cells: RowCells<Row>) {
    let key = cells.row.key;
    // A row saved before rows had keys gets one now, saved before the action names it.
    if (!key) {
      key = newRowKey();
      cells.change({ key }, true);
    }
    await cells.flush();
    setTracking({ key, index: cells.index, row: { ...cells.row, key } });
    focusSoon(`${base}-track-text`);
  }

  const trackForm = tracking ? (
    <section className="panel smart-plan__track" aria-labelledby={`${base}-track-title`}>
      <h5 id={`${base}-track-title`} className="action-add__title">
        Track row {tracking.index + 1} of the plan as an action
      </h5>
      <p className="field__hint">Drafted from the row: check who and by when, then add it.</p>
      <ActionForm
        key={tracking.key}
        idBase={`${base}-track`}
        itemId={item.itemId}
        people={people}
        defaultDueOn={item.defaultActionDueOn}
        prefill={actionFromPlanRow(tracking.row, { meetingDate, people, socialWorkerName: agendaItem.children[0]?.socialWorkerName ?? null })}
        planRow={tracking.key}
        submitLabel="Track this action"
        formLabel={`Track row ${tracking.index + 1} of the plan`}
        onSaved={(row) => {
          setTracking(null);
          announce(`Row ${tracking.index + 1} of the plan is now a tracked action for ${row.ownerName}, due ${formatUkDate(row.dueOn)}.`);
          void refetch().then(() => focusSoon(`${base}-tracked-${tracking.key}`));
        }}
        onCancel={() => {
          setTracking(null);
          focusSoon(`${base}-track-${tracking.key}`);
        }}
      />
    </section>
  ) : null;

  return (
    <RowTable<Row>
      itemId={item.itemId}
      field="smartPlan"
      label={label}
      hint={hint}
      fromCore={item.values.smartPlan}
      empty="No rows yet."
      tableClassName="table smart-plan"
      // The same shares as the Word record, less the tenth the remove buttons take.
      columns={SMART_COLUMNS.map((c) => ({ label: c.heading, className: `smart-plan__${c.key}`, width: c.weight * 0.9 }))}
      removeColumnClassName="smart-plan__remove"
      removeLabel={(index) => `Remove row ${index + 1} of the plan`}
      addLabel="Add a row to the plan"
      newRow={() => ({ key: newRowKey(), ...EMPTY })}
      firstCell="outcome"
      after={trackForm}
      cells={(cells) =>
        SMART_COLUMNS.map((c) => (
          <td key={c.key}>
            <textarea
              id={`${cells.base}-${c.key}-${cells.rowKey}`}
              className="textarea minutes-text minutes-text--cell"
              aria-label={`${c.heading}, row ${cells.index + 1}`}
              rows={2}
              maxLength={c.max}
              value={cells.row[c.key]}
              readOnly={cells.readOnly}
              onChange={(e) => cells.change({ [c.key]: e.target.value } as Partial<Row>)}
            />
            {c.key === 'actions' ? <RowAction base={base} cells={cells} tracked={cells.row.key ? trackedBy.get(cells.row.key) : undefined} busy={tracking !== null} onTrack={() => void startTracking(cells)} /> : null}
          </td>
        ))
      }
    />
  );
}

/** Under a row's actions: the tracked action made from it, or the button that makes one. */
function RowAction({ base, cells, tracked, busy, onTrack }: { base: string; cells: RowCells<Row>; tracked: ActionRow | undefined; busy: boolean; onTrack(): void }) {
  if (tracked) {
    return (
      <p id={`${base}-tracked-${cells.row.key}`} className="smart-plan__tracked" tabIndex={-1}>
        Tracked as an action: {tracked.ownerName}, due {formatUkDate(tracked.dueOn)}
      </p>
    );
  }
  if (cells.readOnly) return null;
  return (
    <button
      id={cells.row.key ? `${base}-track-${cells.row.key}` : undefined}
      type="button"
      className="button button--small button--secondary smart-plan__track-button"
      disabled={busy || (cells.row.actions.trim() === '' && cells.row.outcome.trim() === '')}
      aria-label={`Track the action of row ${cells.index + 1} of the plan`}
      onClick={onTrack}
    >
      Track as an action
    </button>
  );
}
