import { Fragment, useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { CpmRow, MeetingDetail } from '../../../../shared/schemas/agenda';
import { personName } from '../../../../shared/domain/words';
import { useProcedure } from '../../api/use-procedure';
import { Notice } from '../../components/Notice';
import { NotAllowed, useMay } from '../../team-mode';
import { useDebounced } from '../tracker/use-debounced';
import { CpmBookForm } from './CpmBookForm';
import { CpmFilters, NO_CPM_FILTERS } from './CpmFilters';
import { CpmRowView } from './CpmRowView';

/** The core sends at most this many rows (electron/core/features/cpm/cpm.ts): at the cap, say the list may be cut. */
const LIST_LIMIT = 300;
const COLUMN_COUNT = 8;
/** The usual length of a Care Planning Meeting until the meeting types have loaded. */
const FALLBACK_SLOT_MINUTES = 60;

export function CpmPage() {
  const [filters, setFilters] = useState(NO_CPM_FILTERS);
  const [clearCount, setClearCount] = useState(0);
  const search = useDebounced(filters.search.trim(), 250);
  const rows = useProcedure('cpm.list', { teamId: filters.teamId, search: search || undefined, dueBy: filters.dueBy || undefined });
  const teams = useProcedure('teams.list', {});
  const people = useProcedure('people.list', {});
  const types = useProcedure('meetingTypes.list', {});
  const [bookingFor, setBookingFor] = useState<number>();
  // Booking puts the child on the meeting's agenda: the coordinator's with a team store (as the database grants).
  const mayBook = useMay('prepareAgendas');
  const [notice, setNotice] = useState<string>();
  const today = todayIso();
  const slotMinutes = types.data?.find((t) => t.code === 'cpm')?.slotMinutes ?? FALLBACK_SLOT_MINUTES;
  const list = rows.data ?? [];
  const filtered = search !== '' || filters.teamId !== null || Boolean(filters.dueBy);

  function openBooking(row: CpmRow) {
    setNotice(undefined);
    setBookingFor(row.childId);
  }

  function booked(row: CpmRow, detail: MeetingDetail) {
    setBookingFor(undefined);
    setNotice(`Care Planning Meeting booked for ${personName(row)} on ${formatUkDate(detail.meeting.date)}.`);
    rows.reload();
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Care Planning Meetings</h1>
      <p className="lead">
        Every child in care has a Care Planning Meeting at least every 6 weeks by default (the <a href="#/settings/review-rules">review rules</a> set how often). The next one is booked before each meeting
        closes. Children are listed soonest due first.
      </p>
      <NotAllowed permission={mayBook} />
      <Notice text={notice} />
      <CpmFilters
        filters={filters}
        teams={teams.data ?? []}
        generation={clearCount}
        onChange={setFilters}
        onClear={() => {
          setFilters(NO_CPM_FILTERS);
          setClearCount((n) => n + 1);
        }}
      />
      {rows.error ? (
        <p className="field__error" role="alert">
          {rows.error.message}
        </p>
      ) : null}
      <p id="cpm-count" aria-live="polite">
        {rows.data ? countSentence(list.length, filtered) : 'Loading…'}
      </p>
      {list.length === 0 ? null : (
        <table className="table" aria-describedby="cpm-count">
          <caption className="visually-hidden">Care Planning Meetings due, soonest first</caption>
          <thead>
            <tr>
              <th scope="col">Child</th>
              <th scope="col">Case reference</th>
              <th scope="col">Team</th>
              <th scope="col">Due</th>
              <th scope="col">Reason</th>
              <th scope="col">Last held</th>
              <th scope="col">Booked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((row) => (
              <Fragment key={row.childId}>
                <tr>
                  <CpmRowView row={row} today={today} onBook={mayBook.allowed ? () => openBooking(row) : undefined} />
                </tr>
                {bookingFor === row.childId ? (
                  <tr>
                    <td colSpan={COLUMN_COUNT}>
                      <CpmBookForm row={row} people={people.data ?? []} slotMinutes={slotMinutes} today={today} onSaved={(detail) => booked(row, detail)} onCancel={() => setBookingFor(undefined)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function countSentence(count: number, filtered: boolean): string {
  const children = `${count} ${count === 1 ? 'child' : 'children'}`;
  if (count >= LIST_LIMIT) return `Showing the ${LIST_LIMIT} children due soonest; there may be more. Choose a team or search by name to find others.`;
  if (count === 0) return filtered ? 'No children match these filters.' : 'No child in care has a Care Planning Meeting due. Children appear here once their record says they are in care.';
  return filtered ? `${children} ${count === 1 ? 'matches' : 'match'} these filters.` : `${children} in care ${count === 1 ? 'has' : 'have'} a Care Planning Meeting due.`;
}
