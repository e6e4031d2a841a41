/** One line of an audit entry's details, in words a person can read. */
export interface DetailLine {
  label: string;
  value: string;
}

const MAX_LINES = 20;
const MAX_VALUE = 400;

/** Field names as stored are camelCase or snake_case: 'dueOn' and 'due_on' read as 'due on'. */
export function fieldWords(key: string): string {
  const words = key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

const isChange = (v: unknown): v is { from: unknown; to: unknown } => typeof v === 'object' && v !== null && 'from' in v && 'to' in v;

/**
 * The stored details of an audit entry (JSON) as lines: before and after for an edit,
 * one line per field for a set of changes, otherwise each detail by name.
 */
export function auditDetailLines(details: unknown): DetailLine[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== 'object' || Array.isArray(details)) return [{ label: 'Details', value: valueWords(details) }];
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (key === 'from' && isChange(details)) lines.push({ label: 'Before', value: valueWords(value) });
    else if (key === 'to' && isChange(details)) lines.push({ label: 'After', value: valueWords(value) });
    else if (isChange(value)) lines.push({ label: fieldWords(key), value: `${valueWords(value.from)} → ${valueWords(value.to)}` });
    else lines.push({ label: fieldWords(key), value: valueWords(value) });
    if (lines.length === MAX_LINES) break;
  }
  return lines;
}
