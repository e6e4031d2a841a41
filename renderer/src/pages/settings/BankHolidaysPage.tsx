import { useState } from 'react';
import type { ProcedureInput, ProcedureOutput } from '../../../../shared/contract';
import type { BankHoliday } from '../../../../shared/domain/bank-holidays';
import { todayIso } from '../../../../shared/domain/dates';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import type { ApiError } from '../../api/api-error';
import { EditConflict } from '../../components/EditConflict';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { BankHolidayForm } from './BankHolidayForm';
import { BankHolidayReset } from './BankHolidayReset';
import { BankHolidayYear, formatHolidayDate, yearHeadingId } from './BankHolidayYear';

type Saved = ProcedureOutput<'settings.setBankHolidays'>;
type Change = ProcedureInput<'settings.setBankHolidays'>;

/** A change that lost the race: someone else changed the list since this page read it. */
interface Lost {
  sentence: string;
  /** The version the conflict named: "Keep mine" sends the change again over it. */
  version: number;
  change: Change;
  message: string;
}

/** 'soon' = this year and the next two; 'all'; or one year, as digits. */
type View = string;

const yearOf = (iso: string) => Number(iso.slice(0, 4));

export function BankHolidaysPage() {
  const loaded = useProcedure('settings.getBankHolidays', undefined);
  // Each save answers with the whole list as stored, so it is shown straight away rather than loaded again.
  const { data, set: showSaved } = loaded;
  const saving = useMutation({ fallback: 'That change could not be saved. Nothing was changed.' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<View>('soon');
  const [added, setAdded] = useState(0);
  const [lost, setLost] = useState<Lost>();
  const thisYear = yearOf(todayIso());

  const holidays = data?.holidays ?? [];
  const listedYears = [...new Set(holidays.map((h) => yearOf(h.date)))].sort((a, b) => a - b);
  // A year chosen on its own stays offered even once its last holiday is removed.
  const yearOptions = view === 'soon' || view === 'all' || listedYears.includes(Number(view)) ? listedYears : [...listedYears, Number(view)].sort((a, b) => a - b);
  const shownYears = view === 'soon' ? [thisYear, thisYear + 1, thisYear + 2] : view === 'all' ? listedYears : [Number(view)];

  /** Keeps a lost race to offer the choice at the list; any other refusal is only said. */
  function refused(err: ApiError, change: Change, message: string, said = false) {
    if (!said) setError(err.message);
    const sentence = err.fieldErrors.holidays;
    if (err.code === 'CONFLICT' && err.conflict && sentence) setLost({ sentence, version: err.conflict.version, change, message });
  }

  /** Each change names the version of the list it was based on: the one this page read, then the one each save answered. */
  async function save(change: Omit<Change, 'version'>, message: string, version = data?.version ?? 0): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    setLost(undefined);
    const input = { ...change, version };
    const sent = await saving.run('settings.setBankHolidays', input);
    setBusy(false);
    if (!sent.ok) {
      refused(sent.error, input, message);
      return false;
    }
    showSaved(sent.value);
    setNotice(message);
    return true;
  }

  async function remove(holiday: BankHoliday) {
    const rest = holidays.filter((h) => h.date !== holiday.date);
    if (await save({ holidays: rest }, `${holiday.name} on ${formatHolidayDate(holiday.date)} removed.`)) {
      // Its row and button have gone: the keyboard goes to the top of that year's list.
      requestAnimationFrame(() => document.getElementById(yearHeadingId(yearOf(holiday.date)))?.focus());
    }
  }

  async function reset(): Promise<boolean> {
    const done = await save({ holidays: [], reset: true }, 'The bank holidays are back to the England and Wales list.');
    if (done) requestAnimationFrame(() => document.getElementById('bank-holiday-years')?.focus());
    return done;
  }

  function onAdded(saved: Saved, holiday: BankHoliday) {
    showSaved(saved);
    setError(undefined);
    setLost(undefined);
    setNotice(`${holiday.name} on ${formatHolidayDate(holiday.date)} added.`);
    setAdded((n) => n + 1);
    const year = yearOf(holiday.date);
    // Show the year it went into, if it is not on screen.
    if (view !== 'all' && !shownYears.includes(year)) setView(String(year));
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Bank holidays</h1>
      <p className="lead">
        The bank holidays in England and Wales. A panel that falls on one is skipped or moved, as its series says, and timescales counted in working days skip them. The government sometimes adds or
        moves a bank holiday (as it did for the coronation in 2023): change this list when it does. Every child’s due dates are worked out again after each change.
      </p>
      <Notice text={notice} />
      <ErrorMessage text={error} />
      {lost ? (
        <EditConflict
          id="bank-holidays"
          sentence={lost.sentence}
          onKeepMine={() => void save(lost.change, lost.message, lost.version)}
          onTakeTheirs={() => {
            setLost(undefined);
            setError(undefined);
            void loaded.reload();
          }}
          onDismiss={() => setLost(undefined)}
        />
      ) : null}
      {loaded.error && !data ? <p className="field__error">{loaded.error.message}</p> : null}
      {data?.edited ? (
        <div className="section">
          <p>This list has been changed here, so it no longer follows the England and Wales list shipped with Panelroom.</p>
          <BankHolidayReset onReset={reset} />
        </div>
      ) : null}
      {data ? (
        <>
          <BankHolidayForm key={added} holidays={holidays} version={data.version} focusOnMount={added > 0} onAdded={onAdded} onLost={(err, change) => refused(err, change, `${change.holidays.length} bank holidays saved.`, true)} />
          <SelectField
            id="bank-holiday-years"
            label="Years shown"
            options={[
              { value: 'soon', label: `This year and the next two (${thisYear} to ${thisYear + 2})` },
              ...yearOptions.map((y) => ({ value: String(y), label: String(y) })),
              { value: 'all', label: listedYears.length > 0 ? `All years (${listedYears[0]} to ${listedYears[listedYears.length - 1]})` : 'All years' },
            ]}
            value={view}
            onChange={setView}
          />
          {shownYears.map((year) => (
            <BankHolidayYear key={year} year={year} holidays={holidays.filter((h) => yearOf(h.date) === year)} onRemove={(h) => void remove(h)} />
          ))}
        </>
      ) : (
        <p aria-live="polite">Loading…</p>
      )}
    </section>
  );
}
