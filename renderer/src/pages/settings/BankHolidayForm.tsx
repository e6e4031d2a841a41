import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import type { ProcedureInput, ProcedureOutput } from '../../../../shared/contract';
import type { BankHoliday } from '../../../../shared/domain/bank-holidays';
import { bankHolidaysInput } from '../../../../shared/schemas/agenda';
import { ApiError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { useSaveForm } from '../../components/use-save-form';
import { formatHolidayDate } from './BankHolidayYear';

type Saved = ProcedureOutput<'settings.setBankHolidays'>;

const IDS = { date: 'bank-holiday-date', name: 'bank-holiday-name' };
/** The core's rules for one holiday (the date's especially), with the name's message worded for adding one. */
const oneHoliday = bankHolidaysInput.shape.holidays.element.extend({
  name: z.string().trim().min(1, 'Enter a name for the bank holiday.').max(100, 'Keep the name to 100 characters or fewer.'),
});

/**
 * Adds one day by saving the whole list with it (the core keeps the list as one setting).
 * The page remounts it after each addition to clear it; `focusOnMount` then puts the
 * keyboard back in the date box, ready for the next.
 */
export function BankHolidayForm({ holidays, version, focusOnMount, onAdded, onLost }: {
  holidays: readonly BankHoliday[];
  /** The version of the list shown, which the addition is based on. */
  version: number;
  focusOnMount: boolean;
  onAdded(saved: Saved, added: BankHoliday): void;
  /** Someone else changed the list meanwhile: the page offers the choice at the list. */
  onLost(err: ApiError, change: ProcedureInput<'settings.setBankHolidays'>): void;
}) {
  const [date, setDate] = useState<string | undefined>('');
  const [name, setName] = useState('');
  useEffect(() => {
    if (focusOnMount) document.getElementById(IDS.date)?.focus();
  }, [focusOnMount]);
  // A refinement, not a separate check, so a date already listed is reported along with any other problem.
  const schema = useMemo(
    () =>
      oneHoliday.superRefine((h, ctx) => {
        const existing = holidays.find((x) => x.date === h.date);
        if (existing) ctx.addIssue({ code: 'custom', path: ['date'], message: `${formatHolidayDate(h.date)} is already listed, as ${existing.name}.` });
      }),
    [holidays],
  );
  const form = useSaveForm(
    schema,
    () => ({ date: (date === '' ? undefined : (date ?? 'not a real date')) as string, name }),
    async (input, send) => {
      const added = { date: input.date, name: input.name.trim() };
      const change = { holidays: [...holidays, added], version };
      onAdded(await withFieldNames(send('settings.setBankHolidays', change), (err) => onLost(err, change)), added);
    },
  );
  return (
    <form className="panel" aria-labelledby="bank-holiday-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h2 id="bank-holiday-form-title">Add a bank holiday</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <DateField id={IDS.date} label="Date" value="" onChange={setDate} error={form.fieldErrors.date} />
      <TextField id={IDS.name} label="Name" hint="For example, Bank holiday for the coronation." value={name} onChange={setName} error={form.fieldErrors.name} />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.saving}>
          Add bank holiday
        </button>
      </div>
    </form>
  );
}

/** The core names fields within the whole list ("holidays.12.date"); this form has one date and one name. */
async function withFieldNames(saving: Promise<Saved>, onLost: (err: ApiError) => void): Promise<Saved> {
  try {
    return await saving;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    // A lost race is about the whole list, not this form's two fields: the page shows it, the form says it.
    if (err.code === 'CONFLICT') {
      onLost(err);
      throw new ApiError({ code: err.code, message: err.message });
    }
    const fieldErrors: Record<string, string> = {};
    for (const [key, text] of Object.entries(err.fieldErrors)) {
      const field = key.endsWith('.name') ? 'name' : 'date';
      fieldErrors[field] ??= text;
    }
    throw new ApiError({ code: err.code, message: err.message, fieldErrors });
  }
}
