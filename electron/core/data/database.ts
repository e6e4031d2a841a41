import type { StoredTable } from './table';
import { actionChildren } from './tables/action-children';
import { actionReviews } from './tables/action-reviews';
import { actionUpdates } from './tables/action-updates';
import { actions } from './tables/actions';
import { actionTeams } from './tables/action-teams';
import { agendaItemChildren } from './tables/agenda-item-children';
import { agendaItems } from './tables/agenda-items';
import { amendments } from './tables/amendments';
import { auditLog } from './tables/audit-log';
import { childMeetings } from './tables/child-meetings';
import { childTracking } from './tables/child-tracking';
import { children } from './tables/children';
import { cicReviews } from './tables/cic-reviews';
import { escalations } from './tables/escalations';
import { extractReviews } from './tables/extract-reviews';
import { filingExports } from './tables/filing-exports';
import { filingRecords } from './tables/filing-records';
import { importProfiles } from './tables/import-profiles';
import { itemRatings } from './tables/item-ratings';
import { keyDates } from './tables/key-dates';
import { legalStatusHistory } from './tables/legal-status-history';
import { loginPeople } from './tables/login-people';
import { meetingAttendees } from './tables/meeting-attendees';
import { meetingPens } from './tables/meeting-pens';
import { meetingPresence } from './tables/meeting-presence';
import { meetingSeries } from './tables/meeting-series';
import { meetingTypes } from './tables/meeting-types';
import { meetings } from './tables/meetings';
import { minuteFields } from './tables/minute-fields';
import { people } from './tables/people';
import { permanencePlans } from './tables/permanence-plans';
import { ragRatings } from './tables/rag-ratings';
import { ratingSpans } from './tables/rating-spans';
import { recordDetails } from './tables/record-details';
import { reviewGaps } from './tables/review-gaps';
import { seriesExtras } from './tables/series-extras';
import { seriesOverrides } from './tables/series-overrides';
import { seriesRotation } from './tables/series-rotation';
import { settings } from './tables/settings';
import { siblingGroups } from './tables/sibling-groups';
import { teams } from './tables/teams';

/**
 * Every table, declared once (in tables/, a module each). The database as Kysely types it
 * is derived from the declarations, and a test checks them against the migrated file.
 */
export const TABLES = [
  teams,
  people,
  auditLog,
  settings,
  siblingGroups,
  children,
  permanencePlans,
  keyDates,
  ragRatings,
  childMeetings,
  childTracking,
  meetingTypes,
  meetingSeries,
  seriesRotation,
  seriesOverrides,
  seriesExtras,
  meetings,
  agendaItems,
  agendaItemChildren,
  meetingAttendees,
  minuteFields,
  itemRatings,
  actions,
  actionChildren,
  actionReviews,
  actionUpdates,
  amendments,
  filingExports,
  filingRecords,
  recordDetails,
  extractReviews,
  cicReviews,
  escalations,
  importProfiles,
  loginPeople,
  legalStatusHistory,
  meetingPens,
  meetingPresence,
  reviewGaps,
  actionTeams,
  ratingSpans,
] as const;

type Tables = (typeof TABLES)[number];

/** The store as Kysely sees it: each table's stored columns, by name. */
export type Database = { [T in Tables as T['name']]: StoredTable<T> };
