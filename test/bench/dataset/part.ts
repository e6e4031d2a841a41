import type { BuildContext } from './world';

/** One slice of the target dataset that the builder writes today. */
export interface DatasetPart {
  name: string;
  /** The size of this slice in the target dataset, in words, for the build log. */
  target: string;
  /** Runs inside one large transaction; returns rows written per table. */
  build(ctx: BuildContext): Record<string, number>;
}

/** A slice of the target dataset that cannot be written yet because the app has nowhere to keep it. */
export interface PendingPart {
  name: string;
  target: string;
  /** The feature that has to exist first. */
  needs: string;
  /** Tables that will hold it: if one appears in the schema, the builder says it is time to add the part. */
  tables: string[];
}
