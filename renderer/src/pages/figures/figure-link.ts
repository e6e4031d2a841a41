import type { FigureFilter } from '../../../../shared/schemas/figures';

/** The tracker filtered to the children behind one number of the figures, with words saying which. */
export function trackerLinkFor(filter: FigureFilter, about: string): string {
  const q = new URLSearchParams({ part: filter.part, from: filter.from, to: filter.to, about });
  if (filter.teamId !== null) q.set('team', String(filter.teamId));
  return `#/tracker?${q.toString()}`;
}

/** The figure filter a tracker link carries, or null when the tracker was opened for every child. */
export function figureFilterFrom(query: string): { filter: FigureFilter; about: string } | null {
  const q = new URLSearchParams(query);
  const part = q.get('part');
  const from = q.get('from');
  const to = q.get('to');
  if (!part || !from || !to) return null;
  const team = q.get('team');
  return { filter: { part, from, to, teamId: team ? Number(team) : null }, about: q.get('about') ?? 'a number of the figures' };
}
