import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../data/database';

/** The tables are declared once, in the data layer (electron/core/data/tables/); this is their stored shape for Kysely. */
export type { Database };

// Stored row shapes still used while services move onto the data layer's repositories.
export type TeamRow = Selectable<Database['teams']>;
export type PersonRow = Selectable<Database['people']>;
export type ChildRow = Selectable<Database['children']>;
export type NewChildRow = Insertable<Database['children']>;
export type PlanRow = Selectable<Database['permanence_plans']>;
export type KeyDateRow = Selectable<Database['key_dates']>;
export type RagRow = Selectable<Database['rag_ratings']>;
export type NewTrackingRow = Selectable<Database['child_tracking']>;
export type MeetingTypeRow = Selectable<Database['meeting_types']>;
export type SeriesRow = Selectable<Database['meeting_series']>;
export type MeetingRow = Selectable<Database['meetings']>;
export type AgendaItemRow = Selectable<Database['agenda_items']>;
export type AttendeeRow = Selectable<Database['meeting_attendees']>;
export type CicReviewsTable = Database['cic_reviews'];
export type SeriesRotationTable = Database['series_rotation'];
