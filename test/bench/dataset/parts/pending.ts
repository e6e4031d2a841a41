import type { PendingPart } from '../part';

/**
 * The rest of the target dataset: slices that need a feature the app does not have yet.
 * When that feature lands, write a DatasetPart for it (reading `world` for the children,
 * people and meetings) and add it to PARTS in build-dataset.ts. Panels, Care Planning
 * Meetings, minutes, actions and full-text search were here until live minutes landed.
 */
export const PENDING_PARTS: readonly PendingPart[] = [];
