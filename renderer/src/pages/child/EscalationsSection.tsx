import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ChildDetail } from '../../../../shared/schemas/child';
import { escalationCloseInput, escalationInput, type Escalation } from '../../../../shared/schemas/child-events';
import type { Person } from '../../../../shared/schemas/person';
import { useMutation } from '../../api/use-mutation';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';
import { NotAllowed, useMay } from '../../team-mode';

/**
 * Walsall: where complicating factors delay permanence, the team manager escalates to the
 * Group Manager and can bring the child to an earlier panel. Open escalations show on the
 * tracker until they are closed.
 */
export function EscalationsSection({ detail, people, groupManagerId, onChanged, onError }: { detail: ChildDetail; people: Person[]; groupManagerId: number | null; onChanged(message: string): void; onError(message: string): void }) {
  const [form, setForm] = useState<'new' | { closing: Escalation }>();
  const change = useMutation({ fallback: 'The child could not be brought to panel.' });
  // With a team store the coordinator raises, brings and closes escalations (the database grants it to them alone).
  const mayEscalate = useMay('keepChildRecords');
  async function bring(e: Escalation) {
    const sent = await change.run('escalations.bringToPanel', { id: e.id });
    if (sent.ok) onChanged(sent.value.message);
    else onError(sent.error.message);
  }
  return (
    <section aria-labelledby="escalation-title" className="section">
      <h2 id="escalation-title">Escalation to the Group Manager</h2>
      {detail.escalations.length === 0 ? <p className="muted">Not escalated.</p> : null}
      <ul className="escalations">
        {detail.escalations.map((e) => (
          <li key={e.id} className="escalations__item">
            <p>
              <strong>{formatUkDate(e.raisedOn)}</strong>: {e.reason}
              <span className="tracker__sub">
                Raised by {e.raisedBy}
                {e.groupManagerName ? ` to ${e.groupManagerName}` : ''}. {e.closedOn ? `Closed ${formatUkDate(e.closedOn)}${e.closedNote ? `: ${e.closedNote}` : ''}.` : 'Open.'}
              </span>
              {e.meeting ? (
                <span className="tracker__sub">
                  Brought to the <a href={`#/meetings/${e.meeting.id}`}>{e.meeting.typeName} of {formatUkDate(e.meeting.date)}</a>.
                </span>
              ) : null}
            </p>
            {e.closedOn === null && mayEscalate.allowed ? (
              <div className="button-row button-row--tight">
                <button type="button" className="button button--small button--secondary" onClick={() => void bring(e)}>
                  Bring to the next panel
                </button>
                <button id={`close-escalation-${e.id}`} type="button" className="button button--small button--secondary" onClick={() => setForm({ closing: e })}>
                  Close<span className="visually-hidden"> the escalation of {formatUkDate(e.raisedOn)}</span>
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {form === 'new' ? (
        <EscalationForm
          detail={detail}
          people={people}
          groupManagerId={groupManagerId}
          onCancel={() => setForm(undefined)}
          onSaved={() => {
            setForm(undefined);
            onChanged('Escalated to the Group Manager.');
          }}
        />
      ) : form ? (
        <CloseForm
          escalation={form.closing}
          today={detail.review.today}
          onCancel={() => setForm(undefined)}
          onSaved={() => {
            setForm(undefined);
            onChanged('Escalation closed.');
          }}
        />
      ) : mayEscalate.allowed ? (
        <button id="raise-escalation" type="button" className="button button--secondary" onClick={() => setForm('new')}>
          Escalate to the Group Manager
        </button>
      ) : (
        <NotAllowed permission={mayEscalate} />
      )}
    </section>
  );
}

const IDS = { raisedOn: 'esc-raised-on', reason: 'esc-reason', groupManagerId: 'esc-gm' };

function EscalationForm({ detail, people, groupManagerId, onSaved, onCancel }: { detail: ChildDetail; people: Person[]; groupManagerId: number | null; onSaved(): void; onCancel(): void }) {
  const [raisedOn, setRaisedOn] = useState<string | undefined>(detail.review.today);
  const [reason, setReason] = useState('');
  const [gm, setGm] = useState(groupManagerId ? String(groupManagerId) : '');
  const formRef = useFormFocus<HTMLFormElement>('raise-escalation');
  const form = useSaveForm(
    escalationInput,
    () => ({ childId: detail.child.id, raisedOn: raisedOn || 'not a real date', reason, groupManagerId: gm ? Number(gm) : null }),
    async (input, send) => {
      await send('escalations.create', input);
      onSaved();
    },
  );
  const gms = people.filter((p) => p.role === 'group_manager' || p.id === groupManagerId);
  return (
    <form ref={formRef} className="panel" aria-labelledby="esc-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="esc-form-title">Escalate to the Group Manager</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <TextField id={IDS.reason} label="Reason" hint="The complicating factors delaying permanence." value={reason} onChange={setReason} error={form.fieldErrors.reason} />
      <SelectField id={IDS.groupManagerId} label="Group Manager" optional placeholder="Not named" options={gms.map((p) => ({ value: String(p.id), label: p.name }))} value={gm} onChange={setGm} error={form.fieldErrors.groupManagerId} />
      <DateField id={IDS.raisedOn} label="Escalated on" value={detail.review.today} onChange={setRaisedOn} error={form.fieldErrors.raisedOn} />
      <FormFooter form={form} submitLabel="Escalate" onCancel={onCancel} />
    </form>
  );
}

function CloseForm({ escalation, today, onSaved, onCancel }: { escalation: Escalation; today: string; onSaved(): void; onCancel(): void }) {
  const [closedOn, setClosedOn] = useState<string | undefined>(today);
  const [note, setNote] = useState('');
  const formRef = useFormFocus<HTMLFormElement>(`close-escalation-${escalation.id}`);
  const form = useSaveForm(
    escalationCloseInput,
    () => ({ id: escalation.id, closedOn: closedOn || 'not a real date', note }),
    async (input, send) => {
      await send('escalations.close', input);
      onSaved();
    },
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="esc-close-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h3 id="esc-close-title">Close the escalation of {formatUkDate(escalation.raisedOn)}</h3>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={{ closedOn: 'esc-closed-on', note: 'esc-note' }} /> : null}
      <DateField id="esc-closed-on" label="Closed on" value={today} onChange={setClosedOn} error={form.fieldErrors.closedOn} />
      <TextField id="esc-note" label="What was resolved" optional value={note} onChange={setNote} error={form.fieldErrors.note} />
      <FormFooter form={form} submitLabel="Close the escalation" onCancel={onCancel} />
    </form>
  );
}
