import type { z } from 'zod';
import type { notShared } from '../../../shared/procedures/outbox';
import { RAG } from '../../../shared/domain/vocabulary';
import { fieldLabel, type MinuteField } from '../../../shared/minutes/fields';
import type { OutboxEntry } from './outbox-file';

type NotShared = z.output<typeof notShared>;

/** A kept save as the person sees it: what it was, what was typed (to copy), and why the team store did not take it. */
export function describeKept(entry: OutboxEntry): NotShared {
  const input = entry.input as Record<string, unknown>;
  const itemId = typeof input.itemId === 'number' ? input.itemId : 0;
  const base = { id: entry.requestId, procedure: entry.procedure, itemId, reason: entry.reason ?? '', savedAt: entry.savedAt };
  if (entry.procedure === 'minutes.rate') {
    const rating = typeof input.rating === 'string' && input.rating in RAG.labels ? RAG.labels[input.rating as keyof typeof RAG.labels] : 'No rating';
    const reason = typeof input.reason === 'string' ? input.reason : '';
    return { ...base, label: 'RAG rating', text: reason ? `${rating}: ${reason}` : rating };
  }
  return { ...base, label: fieldLabel(input.field as MinuteField), text: textOf(input.value) };
}

/** Text as typed; a structured value (dates, a plan) as readable JSON, so nothing of it is lost when copied. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
