import type { ReactElement } from 'react';
import { ChildPage } from './pages/child/ChildPage';
import { NewChildPage } from './pages/child/NewChildPage';
import { ImportPage } from './pages/import/ImportPage';
import { AuditLogPage } from './pages/settings/AuditLogPage';
import { BackupsPage } from './pages/settings/BackupsPage';
import { PeoplePage } from './pages/settings/PeoplePage';
import { ReviewRulesPage } from './pages/settings/ReviewRulesPage';
import { TeamsPage } from './pages/settings/TeamsPage';
import { TrackerPage } from './pages/tracker/TrackerPage';
import { WelcomePage } from './pages/welcome/WelcomePage';

export interface Route {
  pattern: string;
  /** Shown in the navigation and the window title. */
  label: string;
  /** Navigation group; routes without one are reached from other pages. */
  section?: string;
  render(params: Record<string, string>): ReactElement;
}

/** Every page the app has. The navigation is built from this list, so it only ever offers what works. */
export const ROUTES: Route[] = [
  { pattern: '/welcome', label: 'Welcome', render: () => <WelcomePage /> },
  { pattern: '/tracker', label: 'Permanence Tracker', section: 'Children', render: () => <TrackerPage /> },
  { pattern: '/children/new', label: 'Add a child', section: 'Children', render: () => <NewChildPage /> },
  { pattern: '/import', label: 'Import children', section: 'Children', render: () => <ImportPage /> },
  { pattern: '/children/:id', label: 'Child', render: (p) => <ChildPage key={p.id} id={Number(p.id)} /> },
  { pattern: '/settings/teams', label: 'Teams', section: 'Settings', render: () => <TeamsPage /> },
  { pattern: '/settings/people', label: 'People', section: 'Settings', render: () => <PeoplePage /> },
  { pattern: '/settings/review-rules', label: 'Review rules', section: 'Settings', render: () => <ReviewRulesPage /> },
  { pattern: '/settings/backups', label: 'Backups', section: 'Settings', render: () => <BackupsPage /> },
  { pattern: '/settings/audit-log', label: 'Audit log', section: 'Settings', render: () => <AuditLogPage /> },
];

export const HOME_PATH = '/tracker';
