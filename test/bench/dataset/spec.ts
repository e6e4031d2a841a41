/**
 * What the benchmark dataset is: a decade of a large council. Bump DATASET_VERSION
 * whenever the builder changes what it writes, so a cached copy is never mistaken
 * for the new one.
 */
// 4: the data file is encrypted (SQLCipher 4), as the app now keeps it.
// 5: Child in Care reviews are recorded as events, held meetings fall on their dates.
export const DATASET_VERSION = 5;

/**
 * The dataset's "today". Fixed rather than the build day so two machines, or the
 * same machine a month apart, build the same rows and compare like with like.
 */
export const DATASET_TODAY = '2026-11-22';

export const DATASET_YEARS = 10;
export const DATASET_SEED = 20261122;

export const TARGET_SIZES = {
  teams: 12,
  people: 400,
  children: 10_000,
  closedShare: 0.15,
  ragRatings: 100_000,
  ragReasonChars: { min: 100, max: 400 },
  keyDatesPerChild: 5,
  planVersionsPerChild: { min: 1, max: 3 },
  /** Weekly Permanence Panels and Legal Gateway Panels over the ten years, held in Panelroom. */
  panels: 1_000,
  ppItems: { min: 10, max: 30 },
  lgpItems: { min: 3, max: 6 },
  /** Care Planning Meetings, one child each: held, plus the next one booked ahead. */
  cpms: 20_000,
  ppDiscussionChars: { min: 600, max: 1_500 },
  ppDecisionChars: { min: 200, max: 400 },
  cpmSectionChars: { min: 300, max: 800 },
  actions: 150_000,
} as const;

/** The clock the in-process core is given: midday on the dataset's day, so the tracker cache is current. */
export function datasetNow(dayOffset = 0): Date {
  const [y, m, d] = DATASET_TODAY.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + dayOffset, 12, 0, 0);
}
