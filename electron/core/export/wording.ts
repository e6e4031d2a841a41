/** '10:00 to 12:00': 'to' rather than a dash, which screen readers read out as 'dash' or skip. */
export function formatTimeRange(start: string, end: string): string {
  return `${start} to ${end}`;
}
