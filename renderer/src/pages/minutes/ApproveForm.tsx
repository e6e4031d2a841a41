import { useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { approveInput, type MinutesDetail } from '../../../../shared/schemas/minutes';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { TextField } from '../../components/fields';
import { useAutosaveStore } from '../../components/use-autosave';
import { useFormFocus } from '../../components/use-form-focus';
import { useSaveForm } from '../../components/use-save-form';

const IDS = { approvedBy: 'approve-by', approvedOn: 'approve-on' };

/**
 * The chair signs the draft off: their name (the meeting's chair unless changed) and the
 * date, from the day the meeting was held to today: today (the core's, which judges it)
 * unless changed.
 */
export function ApproveForm({ meetingId, chairName, heldOn, coreNow, returnTo, onApproved, onCancel }: { meetingId: number; chairName: string | null; heldOn: string; coreNow: string; returnTo: string; onApproved(d: MinutesDetail): void; onCancel(): void }) {
  const [approvedBy, setApprovedBy] = useState(chairName ?? '');
  const [today] = useState(() => todayIso(new Date(coreNow)));
  const [approvedOn, setApprovedOn] = useState<string | undefined>(today);
  const ref = useFormFocus<HTMLFormElement>(returnTo);
  const store = useAutosaveStore();
  const form = useSaveForm(
    approveInput,
    () => ({ id: meetingId, approvedBy, approvedOn: approvedOn === undefined ? 'not a real date' : approvedOn }),
    async (input, send) => {
      // What the chair approves is what was typed, all of it: nothing may still be on its way.
      await store.flushAll();
      onApproved(await send('meetings.approve', input));
    },
  );
  return (
    <form
      ref={ref}
      className="panel"
      aria-labelledby="approve-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="approve-title">Approve the minutes</h2>
      <p>Once approved, the minutes can only be corrected by a dated amendment.</p>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <TextField id={IDS.approvedBy} label="Chair’s name" value={approvedBy} onChange={setApprovedBy} error={form.fieldErrors.approvedBy} />
      <DateField
        id={IDS.approvedOn}
        label="Date approved"
        hint={`From ${formatUkDate(heldOn)}, the day the meeting was held, to today.`}
        value={today}
        onChange={setApprovedOn}
        error={form.fieldErrors.approvedOn}
      />
      <FormFooter form={form} submitLabel="Approve the minutes" onCancel={onCancel} />
    </form>
  );
}
