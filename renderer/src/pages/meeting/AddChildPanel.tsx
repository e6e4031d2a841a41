import { useState } from 'react';
import { LGP_BOOKING_REASON, type LgpBookingReason } from '../../../../shared/domain/vocabulary';
import type { MeetingDetail } from '../../../../shared/schemas/agenda';
import { personName } from '../../../../shared/domain/words';
import { useProcedure } from '../../api/use-procedure';
import { SelectField, TextField } from '../../components/fields';

import type { Agenda } from './use-agenda';

/** Any open child can be added by name or case reference: escalations come to an earlier panel. */
export function AddChildPanel({ detail, agenda }: { detail: MeetingDetail; agenda: Agenda }) {
  const [query, setQuery] = useState('');
  const [lgpReason, setLgpReason] = useState<LgpBookingReason>('new_referral');
  const [reason, setReason] = useState('');
  const lgp = detail.meeting.form === 'lgp';
  const results = useProcedure('children.search', { query: query.trim(), limit: 8 });
  const onAgenda = new Set(detail.items.flatMap((i) => i.children.map((c) => c.id)));
  const found = query.trim().length >= 2 ? (results.data ?? []).filter((c) => !c.closed) : [];

  return (
    <section className="section" aria-labelledby="add-child-title">
      <h2 id="add-child-title">{lgp ? 'Book a child into this Legal Gateway' : 'Add a child'}</h2>
      <div className="form-grid">
        <TextField id="add-child-search" label="Name or case reference" hint="Type at least two letters" value={query} onChange={setQuery} />
        {lgp ? (
          <SelectField
            id="add-child-lgp-reason"
            label="Reason for coming to Legal Gateway"
            options={LGP_BOOKING_REASON.values.map((v) => ({ value: v, label: LGP_BOOKING_REASON.labels[v] }))}
            value={lgpReason}
            onChange={(v) => setLgpReason(v as LgpBookingReason)}
          />
        ) : (
          <TextField id="add-child-reason" label="Reason" optional hint="Shown on the agenda, for example: escalated by the team manager" value={reason} onChange={setReason} />
        )}
      </div>
      {found.length > 0 ? (
        <ul className="plain-list search-results" aria-label="Matching children">
          {found.map((c) => (
            <li key={c.id}>
              <span>
                {personName(c)} <span className="agenda__ref">{c.caseRef}</span>
              </span>
              {onAgenda.has(c.id) ? (
                <span className="muted">Already on the agenda</span>
              ) : (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={`Add ${personName(c)} to the agenda`}
                  onClick={() =>
                    void agenda
                      .run('agenda.add', { meetingId: detail.meeting.id, childId: c.id, reason: lgp ? null : reason, lgpReason: lgp ? lgpReason : null }, `${personName(c)} added to the agenda.`)
                      .then((ok) => {
                        if (ok) {
                          setQuery('');
                          setReason('');
                          document.getElementById('add-child-search')?.focus();
                        }
                      })
                  }
                >
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 2 && !results.loading ? (
        <p className="muted" aria-live="polite">
          No open child matches “{query.trim()}”.
        </p>
      ) : null}
    </section>
  );
}
