import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import { amendInput, type Amendment, type MinutesDetail } from '../../../../shared/schemas/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describedBy, SelectField } from '../../components/fields';
import { focusSoon } from '../../components/focus-soon';
import { useSaveForm } from '../../components/use-save-form';
import { itemName } from '../meeting/child-names';

const IDS = { itemId: 'amend-item', text: 'amend-text' };

/** After approval the minutes change only by a dated amendment, listed with them; locked minutes take none. */
export function AmendmentsSection({ meetingId, amendments, items, locked, onAmended }: { meetingId: number; amendments: Amendment[]; items: AgendaItem[]; locked: boolean; onAmended(d: MinutesDetail): void }) {
  const [generation, setGeneration] = useState(0);
  const names = new Map(items.map((i) => [i.id, `Item ${i.position}: ${itemName(i.children)}`]));
  return (
    <section className="section amendments" aria-labelledby="amendments-title">
      <h2 id="amendments-title" tabIndex={-1}>
        Amendments
      </h2>
      {amendments.length === 0 ? (
        <p className="empty">No amendments.</p>
      ) : (
        <ol className="amendments__list">
          {amendments.map((a) => (
            <li key={a.id} className="amendment">
              <p className="amendment__meta">
                {formatUkDate(a.madeOn)}, by {a.madeBy} · {a.itemId !== null ? (names.get(a.itemId) ?? 'An item') : 'The whole meeting'}
              </p>
              <p className="amendment__text">{a.text}</p>
            </li>
          ))}
        </ol>
      )}
      {locked ? (
        <p>The minutes are locked: they take no more amendments.</p>
      ) : (
        <AmendForm
          key={generation}
          meetingId={meetingId}
          items={items}
          names={names}
          onAmended={(d) => {
            setGeneration((g) => g + 1);
            onAmended(d);
            focusSoon('amendments-title');
          }}
        />
      )}
    </section>
  );
}

function AmendForm({ meetingId, items, names, onAmended }: { meetingId: number; items: AgendaItem[]; names: Map<number, string>; onAmended(d: MinutesDetail): void }) {
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const form = useSaveForm(amendInput, () => ({ meetingId, itemId: itemId ? Number(itemId) : null, text }), async (input, send) => onAmended(await send('minutes.amend', input)));
  const hint = 'What was wrong and what it should say. It is dated today and shown with the minutes.';
  return (
    <form
      className="panel panel--wide"
      aria-labelledby="amend-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h3 id="amend-title">Add an amendment</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <SelectField
        id={IDS.itemId}
        label="What it corrects"
        placeholder="The whole meeting"
        options={items.map((i) => ({ value: String(i.id), label: names.get(i.id) ?? `Item ${i.position}` }))}
        value={itemId}
        onChange={setItemId}
        error={form.fieldErrors.itemId}
      />
      <div className={`field${form.fieldErrors.text ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={IDS.text}>
          The correction
        </label>
        <p id={`${IDS.text}-hint`} className="field__hint">
          {hint}
        </p>
        {form.fieldErrors.text ? (
          <p id={`${IDS.text}-error`} className="field__error">
            <span className="visually-hidden">Error: </span>
            {form.fieldErrors.text}
          </p>
        ) : null}
        <textarea
          id={IDS.text}
          className="textarea minutes-text"
          rows={3}
          maxLength={5000}
          value={text}
          aria-invalid={form.fieldErrors.text ? true : undefined}
          aria-describedby={describedBy(IDS.text, hint, form.fieldErrors.text)}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={form.saving}>
        Add the amendment
      </button>
    </form>
  );
}
