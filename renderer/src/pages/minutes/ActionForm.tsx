import { useRef, useState } from 'react';
import { actionCreateInput, actionUpdateInput, type ActionRow } from '../../../../shared/schemas/actions';
import type { ActionDraft } from '../../../../shared/minutes/plan-row-action';
import type { Person } from '../../../../shared/schemas/person';
import { Combobox } from '../../components/Combobox';
import { personOptions } from '../../components/PersonField';
import { DateField } from '../../components/DateField';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { describedBy } from '../../components/fields';
import { useSaveForm } from '../../components/use-save-form';

const SOMEONE_ELSE = 'other';

/**
 * What, who and by when: one compact form for adding an action live or changing one.
 * Enter in the date (or Ctrl+Enter in "What") adds it, so the keyboard never has to
 * leave the form; the owner is someone from the people list, chosen by typing, or a name typed in full.
 */
export function ActionForm({
  idBase,
  itemId,
  people,
  defaultDueOn,
  action,
  prefill,
  planRow,
  submitLabel,
  formLabel,
  onSaved,
  onCancel,
}: {
  idBase: string;
  itemId: number;
  people: Person[];
  defaultDueOn: string;
  action?: ActionRow;
  /** A new action drafted from elsewhere (a row of the SMART plan), for the person to check. */
  prefill?: ActionDraft;
  /** The SMART plan row the new action is made from. */
  planRow?: string;
  submitLabel?: string;
  /** The form's name for screen readers, where 'Add an action' would not say which. */
  formLabel?: string;
  onSaved(row: ActionRow): void;
  onCancel?(): void;
}) {
  const [text, setText] = useState(action?.text ?? prefill?.text ?? '');
  const [owner, setOwner] = useState(action ? (action.ownerId !== null ? String(action.ownerId) : SOMEONE_ELSE) : prefill?.ownerId ? String(prefill.ownerId) : prefill?.ownerName ? SOMEONE_ELSE : '');
  const [ownerName, setOwnerName] = useState(action && action.ownerId === null ? action.ownerName : (prefill?.ownerName ?? ''));
  const [dueOn, setDueOn] = useState<string | undefined>(action?.dueOn ?? prefill?.dueOn ?? defaultDueOn);
  const ids = { text: `${idBase}-text`, ownerName: `${idBase}-owner`, ownerId: `${idBase}-owner`, dueOn: `${idBase}-due` };
  const values = () => ({
    text,
    ownerId: owner && owner !== SOMEONE_ELSE ? Number(owner) : null,
    ownerName: owner === SOMEONE_ELSE ? ownerName : null,
    // Blank gets "Enter a date"; text that is not a date gets "Enter a real date".
    dueOn: dueOn === undefined ? 'not a real date' : dueOn,
  });
  const create = useSaveForm(actionCreateInput, () => ({ itemId, ...values(), planRow: planRow ?? null }), async (input, send) => onSaved(await send('actions.create', input)));
  // The version the next change is based on: the action's as shown, or the one a conflict named once the person chose.
  const version = useRef<number | undefined>(action?.version ?? 0);
  const update = useSaveForm(actionUpdateInput, () => ({ id: action?.id ?? 0, ...values(), version: version.current ?? 0 }), async (input, send) => onSaved(await send('actions.update', input)));
  const form = action ? update : create;
  const errors = form.fieldErrors;
  const ownerError = errors.ownerName ?? errors.ownerId;
  // A new key gives the date field the date taken from the other person.
  const [dueKey, setDueKey] = useState(0);
  /** What the other person saved, or the choice already made, under the field it is about. */
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) => {
      if (key === 'text') return text;
      if (key === 'dueOn') return dueOn ?? '';
      return owner === SOMEONE_ELSE ? ownerName : (people.find((p) => String(p.id) === owner)?.name ?? '');
    },
    take: (key, theirs) => {
      if (key === 'text') setText(String(theirs ?? ''));
      else if (key === 'dueOn') {
        setDueOn(String(theirs ?? ''));
        setDueKey((k) => k + 1);
      } else {
        const who = (theirs ?? {}) as { ownerId?: number | null; ownerName?: string | null };
        setOwner(who.ownerId ? String(who.ownerId) : SOMEONE_ELSE);
        setOwnerName(who.ownerId ? '' : (who.ownerName ?? ''));
      }
    },
  });
  return (
    <form
      className="action-form"
      aria-label={formLabel ?? (action ? 'Change the action' : 'Add an action')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      {form.message ? <ErrorSummary message={form.message} fieldErrors={errors} fieldIds={ids} /> : null}
      <div className={`field${errors.text ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={ids.text}>
          What
        </label>
        <p id={`${ids.text}-hint`} className="field__hint">
          Ctrl+Enter adds it.
        </p>
        {errors.text ? (
          <p id={`${ids.text}-error`} className="field__error">
            <span className="visually-hidden">Error: </span>
            {errors.text}
          </p>
        ) : null}
        <textarea
          id={ids.text}
          className="textarea minutes-text"
          rows={2}
          maxLength={2000}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(ids.text, 'hint', errors.text)}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.ctrlKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {conflictAt('text', ids.text)}
      </div>
      <div className="action-form__row">
        <div className={`field${ownerError ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={`${idBase}-owner`}>
            Owner
          </label>
          <p id={`${idBase}-owner-hint`} className="field__hint">
            Type a name; Enter chooses. Someone not on the list can be typed in full.
          </p>
          {ownerError ? (
            <p id={`${idBase}-owner-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {ownerError}
            </p>
          ) : null}
          <Combobox
            id={`${idBase}-owner`}
            options={personOptions(people, { keep: action?.ownerId ? { id: action.ownerId, name: action.ownerName } : null })}
            value={owner && owner !== SOMEONE_ELSE ? owner : null}
            freeText={owner === SOMEONE_ELSE ? ownerName : undefined}
            onChange={(v) => {
              setOwner(v ?? '');
              setOwnerName('');
            }}
            onFreeText={(name) => {
              setOwner(SOMEONE_ELSE);
              setOwnerName(name);
            }}
            invalid={Boolean(ownerError)}
            describedBy={`${idBase}-owner-hint${ownerError ? ` ${idBase}-owner-error` : ''}`}
          />
          {conflictAt('ownerId', `${idBase}-owner`)}
        </div>
        <div>
          <DateField key={dueKey} id={ids.dueOn} label="Due" hint="dd/mm/yyyy. Enter adds the action." value={dueOn ?? ''} onChange={setDueOn} error={errors.dueOn} />
          {conflictAt('dueOn', ids.dueOn)}
        </div>
      </div>
      <div className="button-row button-row--tight">
        <button type="submit" className="button button--small" disabled={form.saving}>
          {submitLabel ?? (action ? 'Save the action' : 'Add the action')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
