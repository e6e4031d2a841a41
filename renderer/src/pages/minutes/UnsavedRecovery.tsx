import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { JournalEntry } from '../../components/unsaved-journal';

/** Entries the core already holds (the save landed but its answer did not) are not offered back. */
export function notYetSaved(entries: readonly JournalEntry[], detail: MinutesDetail): JournalEntry[] {
  return entries.filter((e) => {
    if (e.call.name !== 'minutes.save') return true;
    const input = e.call.input as { itemId: number; field: string; value: unknown };
    const item = detail.items.find((i) => i.itemId === input.itemId) as { values?: Record<string, unknown> } | undefined;
    return JSON.stringify(item?.values?.[input.field] ?? null) !== JSON.stringify(input.value ?? null);
  });
}

function when(at: number): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return todayIso(d) === todayIso() ? `at ${time}` : `on ${formatUkDate(todayIso(d))} at ${time}`;
}

/**
 * Typing that never reached the core before the page was closed or reloaded (its service had
 * gone away), offered back: put it back (it is saved at once) or let it go.
 */
export function UnsavedRecovery({ entries, onRestore, onDiscard }: { entries: readonly JournalEntry[]; onRestore(): void; onDiscard(): void }) {
  if (entries.length === 0) return null;
  const last = entries[entries.length - 1]!;
  const fields = entries.length === 1 ? 'One field' : `${entries.length} fields`;
  return (
    <section className="warning-box unsaved-recovery" aria-labelledby="unsaved-title" role="region">
      <h2 id="unsaved-title">Text that was not saved</h2>
      <p>
        {fields} you typed {when(last.at)} did not reach Panelroom’s data before this page was closed or reloaded. It was kept on this computer. Put it back to save it now, or discard it.
      </p>
      <ul className="unsaved-recovery__list">
        {entries.map((e) => (
          <li key={e.key}>{preview(e.value)}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={onRestore}>
          Put it back
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </section>
  );
}

/** A line of what was typed, so the person can tell which text it is. */
function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string' && v).join(' · ') : '';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line || '(a choice, not text)';
}
