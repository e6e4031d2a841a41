import { useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import { childCloseInput } from '../../../../shared/schemas/child';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { TextField } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';

const IDS = { closedReason: 'stop-tracking-reason', closedOn: 'stop-tracking-date' };

/** Ends tracking with a reason (permanence achieved, left care...), so the tracker says why the child is no longer on it. */
export function StopTrackingForm({ childId, name, onDone, onCancel }: { childId: number; name: string; onDone(): void; onCancel(): void }) {
  const formRef = useFormFocus<HTMLFormElement>('toggle-tracking');
  const [reason, setReason] = useState('');
  const [closedOn, setClosedOn] = useState<string | undefined>(todayIso());
  const form = useSaveForm(
    childCloseInput,
    () => ({ id: childId, closedOn: closedOn === undefined ? 'not a real date' : closedOn, closedReason: reason }),
    async (input, send) => {
      await send('children.close', input);
      onDone();
    },
    (parsed): Record<string, string> => (parsed.closedReason ? {} : { closedReason: 'Say why tracking is ending, for example “Special guardianship order made”.' }),
  );
  return (
    <form ref={formRef} className="panel" aria-labelledby="stop-tracking-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h2 id="stop-tracking-title">Stop tracking {name}</h2>
      <p className="field__hint">The child leaves the Permanence Tracker; their record and history are kept, and tracking can be resumed.</p>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <TextField id={IDS.closedReason} label="Why is tracking ending?" hint="For example: permanence achieved (adoption order made); returned home; moved to another council." value={reason} onChange={setReason} error={form.fieldErrors.closedReason} />
      <DateField id={IDS.closedOn} label="Date tracking ends" value={todayIso()} onChange={setClosedOn} error={form.fieldErrors.closedOn} />
      <FormFooter form={form} submitLabel="Stop tracking" onCancel={onCancel} />
    </form>
  );
}
