/**
 * The plan written SMART, as Newham's example plan lays it out: one definition of its
 * columns for the screen, the save check and the Word record, so the three can never
 * call a column different things again.
 */
export const SMART_COLUMNS = [
  { key: 'outcome', heading: 'Planned outcomes for the child', max: 2000, weight: 20 },
  { key: 'measure', heading: 'Measure of progress', max: 2000, weight: 20 },
  { key: 'actions', heading: 'Actions', max: 2000, weight: 24 },
  // Wide enough for a short sentence: "Angie and Family Support Worker", "Within 6 weeks by 14th February".
  { key: 'byWhom', heading: 'By whom', max: 300, weight: 16 },
  { key: 'timescale', heading: 'Timescale', max: 300, weight: 20 },
] as const;

export type SmartColumnKey = (typeof SMART_COLUMNS)[number]['key'];

/** A row's own key: kept through edits and removals of other rows, so an action made from a row stays tied to it. */
export const SMART_ROW_KEY_MAX = 40;
