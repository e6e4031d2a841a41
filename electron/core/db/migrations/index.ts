import type { Migration } from './types';
import { m001TeamsPeopleAudit } from './001-teams-people-audit';
import { m002Children } from './002-children';
import { m003Meetings } from './003-meetings';
import { m004Minutes } from './004-minutes';
import { m005Filing } from './005-filing';
import { m006Records } from './006-records';
import { m007ExtractReviews } from './007-extract-reviews';
import { m008HistoryAndReviews } from './008-history-and-reviews';
import { m009ImportProfilesAndPeopleByName } from './009-import-profiles-and-people-by-name';
import { m010LegalStatusHistory } from './010-legal-status-history';
import { m011FiguresIndexes } from './011-figures-indexes';
import { m012TeamStoreSearchWords } from './012-team-store-search-words';
import { m013RowVersions } from './013-row-versions';
import { m014MeetingPenAndPresence } from './014-meeting-pen-and-presence';
import { m015AppliedRequests } from './015-applied-requests';
import { m016MeetingsByKind } from './016-meetings-by-kind';
import { m017SetupRowVersions } from './017-setup-row-versions';
import { m018ActionsOpenByDueWithIds } from './018-actions-open-by-due-with-ids';
import { m019ReviewGaps } from './019-review-gaps';
import { m020ActionTeams } from './020-action-teams';
import { m021RatingSpans } from './021-rating-spans';

/**
 * Every migration, in the order it runs. An explicit list rather than a folder scan,
 * because the app is bundled. Append only: never edit or reorder a released entry.
 */
export const migrations: readonly Migration[] = [
  m001TeamsPeopleAudit,
  m002Children,
  m003Meetings,
  m004Minutes,
  m005Filing,
  m006Records,
  m007ExtractReviews,
  m008HistoryAndReviews,
  m009ImportProfilesAndPeopleByName,
  m010LegalStatusHistory,
  m011FiguresIndexes,
  m012TeamStoreSearchWords,
  m013RowVersions,
  m014MeetingPenAndPresence,
  m015AppliedRequests,
  m016MeetingsByKind,
  m017SetupRowVersions,
  m018ActionsOpenByDueWithIds,
  m019ReviewGaps,
  m020ActionTeams,
  m021RatingSpans,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
