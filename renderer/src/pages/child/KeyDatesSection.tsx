import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { KEY_DATE_TYPE, LGP_DECISION, type KeyDateType } from '../../../../shared/domain/vocabulary';
import { keyDateCreateInput, type ChildDetail, type KeyDate } from '../../../../shared/schemas/child';
import { useMutation } from '../../api/use-mutation';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { NotAllowed, useMay } from '../../team-mode';

const IDS = { type: 'kd-type', date: 'kd-date', label: 'kd-label', decision: 'kd-decision', notes: 'kd-notes' };

export function KeyDatesSection({ detail, onChanged, onError }: { detail: ChildDetail; onChanged(message: string): void; onError(message: string): void }) {
  const [editing, setEditing] = useState<KeyDate | 'new'>();
  const change = useMutation({ fallback: 'The date could not be removed.' });
  // With a team store the coordinator, a chair or a minute-taker record key dates; only the coordinator removes one (as the database grants).
  const mayRecord = useMay('keepKeyDates');
  const mayRemove = useMay('keepChildRecords');
  async function remove(kd: KeyDate) {
    if (!window.confirm(`Remove ${KEY_DATE_TYPE.labels[kd.type]} on ${formatUkDate(kd.date)}?`)) return;
    const sent = await change.run('keyDates.delete', { id: kd.id });
    if (!sent.ok) return onError(sent.error.message);
    onChanged('Date removed.');
    // the row (and its button) has gone: keep the keyboard in this section
    requestAnimationFrame(() => document.getElementById('add-key-date')?.focus());
  }
  return (
    <section aria-labelledby="dates-title" className="section">
      <h2 id="dates-title">Key dates</h2>
      {detail.keyDates.length === 0 ? (
        <p className="muted">No key dates yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Key dates, earliest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What</th>
              <th scope="col">Detail</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.keyDates.map((kd) => (
              <tr key={kd.id}>
                <td>{formatUkDate(kd.date)}</td>
                <th scope="row">{kd.type === 'other' || kd.type === 'hearing' || kd.type === 'assessment_due' ? (kd.label ? `${KEY_DATE_TYPE.labels[kd.type]}: ${kd.label}` : KEY_DATE_TYPE.labels[kd.type]) : KEY_DATE_TYPE.labels[kd.type]}</th>
                <td>
                  {kd.decision ? LGP_DECISION.labels[kd.decision] : null}
                  {kd.notes ? <span className="tracker__sub">{kd.notes}</span> : null}
                </td>
                <td className="table__actions">
                  {mayRecord.allowed ? (
                    <button id={`edit-key-date-${kd.id}`} type="button" className="button button--small button--secondary" onClick={() => setEditing(kd)}>
                      Edit<span className="visually-hidden"> {KEY_DATE_TYPE.labels[kd.type]} {formatUkDate(kd.date)}</span>
                    </button>
                  ) : null}
                  {mayRemove.allowed ? (
                    <button type="button" className="button button--small button--secondary" onClick={() => void remove(kd)}>
                      Remove<span className="visually-hidden"> {KEY_DATE_TYPE.labels[kd.type]} {formatUkDate(kd.date)}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <KeyDateForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={detail.child.id}
          keyDate={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onChanged('Date saved.');
          }}
        />
      ) : mayRecord.allowed ? (
        <button id="add-key-date" type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Add a date
        </button>
      ) : (
        <NotAllowed permission={mayRecord} />
      )}
    </section>
  );
}

function KeyDateForm({ childId, keyDate, onSaved, onCancel }: { childId: number; keyDate?: KeyDate; onSaved(): void; onCancel(): void }) {
  const [type, setType] = useState<string>(keyDate?.type ?? '');
  const [date, setDate] = useState<string | undefined>(keyDate?.date ?? '');
  const [label, setLabel] = useState(keyDate?.label ?? '');
  const [decision, setDecision] = useState<string>(keyDate?.decision ?? '');
  const [notes, setNotes] = useState(keyDate?.notes ?? '');
  const formRef = useFormFocus<HTMLFormElement>(keyDate ? `edit-key-date-${keyDate.id}` : 'add-key-date');
  const form = useSaveForm(
    keyDateCreateInput,
    () => ({ childId, type: type as KeyDateType, date: date === undefined ? 'not a real date' : date, label, decision: (type === 'lgp' && decision ? decision : null) as never, notes }),
    async (input, send) => {
      const { childId: _child, ...fields } = input;
      if (keyDate) await send('keyDates.update', { id: keyDate.id, ...fields });
      else await send('keyDates.create', input);
      onSaved();
    },
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="kd-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="kd-form-title">{keyDate ? 'Change a date' : 'Add a date'}</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <SelectField id={IDS.type} label="What is the date?" placeholder="Choose" options={KEY_DATE_TYPE.values.map((v) => ({ value: v, label: KEY_DATE_TYPE.labels[v] }))} value={type} onChange={setType} error={form.fieldErrors.type} />
      <DateField id={IDS.date} label="Date" value={keyDate?.date ?? ''} onChange={setDate} error={form.fieldErrors.date} />
      {type === 'lgp' ? (
        <SelectField id={IDS.decision} label="Decision" optional placeholder="Not recorded" options={LGP_DECISION.values.map((v) => ({ value: v, label: LGP_DECISION.labels[v] }))} value={decision} onChange={setDecision} error={form.fieldErrors.decision} />
      ) : null}
      <TextField id={IDS.label} label="Description" optional={type !== 'other'} hint="For example: final hearing; parenting assessment (PAMS)." value={label} onChange={setLabel} error={form.fieldErrors.label} />
      <TextField id={IDS.notes} label="Notes" optional value={notes} onChange={setNotes} error={form.fieldErrors.notes} />
      <FormFooter form={form} submitLabel={'Save date'} onCancel={onCancel} />
    </form>
  );
}
