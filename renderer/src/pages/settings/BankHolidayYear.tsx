import { formatUkDate, weekdayIndex } from '../../../../shared/domain/dates';
import type { BankHoliday } from '../../../../shared/domain/bank-holidays';

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Fri 25/12/2026: the day of the week shows at a glance when a holiday is a substitute day. */
export function formatHolidayDate(iso: string): string {
  return `${SHORT_DAYS[weekdayIndex(iso)]} ${formatUkDate(iso)}`;
}

const TABLE_STYLE = { maxWidth: '52rem', tableLayout: 'fixed' } as const;

export const yearHeadingId = (year: number) => `bank-holidays-${year}`;

/** One year's holidays. The heading takes focus after a removal, so the keyboard stays with the list that changed. */
export function BankHolidayYear({ year, holidays, onRemove }: { year: number; holidays: BankHoliday[]; onRemove(holiday: BankHoliday): void }) {
  return (
    <section className="section" aria-labelledby={yearHeadingId(year)}>
      <h2 id={yearHeadingId(year)} tabIndex={-1}>
        {year}
      </h2>
      {holidays.length === 0 ? (
        <p className="muted">No bank holidays are listed for {year}.</p>
      ) : (
        // Fixed widths so each year's columns line up with the next (a shared .table--narrow class would do better).
        <table className="table" style={TABLE_STYLE}>
          <caption className="visually-hidden">Bank holidays in {year}</caption>
          <colgroup>
            <col style={{ width: '11rem' }} />
            <col />
            <col style={{ width: '11rem' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Name</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.date}>
                <th scope="row">{formatHolidayDate(h.date)}</th>
                <td>{h.name}</td>
                <td>
                  <div className="table__actions">
                    <button type="button" className="button button--small button--secondary" onClick={() => onRemove(h)}>
                      Remove<span className="visually-hidden"> {h.name}, {formatHolidayDate(h.date)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
